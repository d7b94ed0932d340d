// Types of redis-store.mjs (plain JavaScript: Node loads it at run time), for the tests.
export interface TagTimes {
  stale?: number;
  expired?: number;
}
export const keyPrefix: string;
export const MAX_TTL_SECONDS: number;
export function withRedis<T, F>(run: (redis: import("redis").RedisClientType) => Promise<T>, fallback: F): Promise<T | F>;
export function closeRedis(): Promise<void>;
export function ttlSeconds(expireSeconds: number | undefined): number;
export function serialize(value: unknown): string;
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- whatever Next stored
export function deserialize(text: string): any;
export function readEntry(kind: string, key: string): Promise<unknown>;
export function writeEntry(kind: string, key: string, value: unknown, expireSeconds: number | undefined): Promise<void>;
export function deleteEntry(kind: string, key: string): Promise<void>;
export function nextTagTimes(previous: TagTimes | undefined, durations: { expire?: number } | undefined, now: number): TagTimes;
export function tagVerdict(times: ReadonlyMap<string, TagTimes>, tags: readonly string[], timestamp: number, now?: number): "expired" | "stale" | "fresh";
export function markTags(tags: readonly string[], durations?: { expire?: number }): Promise<Map<string, TagTimes>>;
export function readTagTimes(tags: readonly string[]): Promise<Map<string, TagTimes>>;
export function tagChangesSince(sinceMs: number): Promise<{ changes: Map<string, TagTimes>; next: number }>;
