import { RateLimiterDrizzle, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible";
import { createClient } from "redis";
import { getDb, type Db } from "../db/client";
import { abuseCounters } from "../db/schema";
import { CAPS, type CapName } from "./caps";

/** What a limited action may do: go on, or wait `retryAfterSeconds`. */
export type LimitVerdict = { ok: true } | { ok: false; retryAfterSeconds: number };

type Store = { kind: "redis"; client: object } | { kind: "db"; db: Db };

const globalForLimits = globalThis as unknown as { vitrineLimitStore?: Promise<Store>; vitrineLimiters?: Map<string, RateLimiterAbstract> };

/** Redis when REDIS_URL is set, else the database: either way every instance counts the same actions. */
function store(): Promise<Store> {
  globalForLimits.vitrineLimitStore ??= (async (): Promise<Store> => {
    if (process.env.REDIS_URL) {
      const client = createClient({ url: process.env.REDIS_URL });
      client.on("error", (error) => console.error("[vitrine] limits: redis", error));
      await client.connect();
      return { kind: "redis", client };
    }
    return { kind: "db", db: await getDb() };
  })().catch((error) => {
    globalForLimits.vitrineLimitStore = undefined;
    throw error;
  });
  return globalForLimits.vitrineLimitStore;
}

/** One limiter per cap, on the shared store. */
export function limiterFor(name: CapName, shared: Store): RateLimiterAbstract {
  const { points, seconds } = CAPS[name];
  const options = { keyPrefix: `limit:${name}`, points, duration: seconds };
  return shared.kind === "redis"
    ? new RateLimiterRedis({ ...options, storeClient: shared.client, useRedisPackage: true })
    : new RateLimiterDrizzle({ ...options, storeClient: shared.db, schema: abuseCounters });
}

/**
 * Counts one action of `key` (a client address, an e-mail) against the cap `name`. Reusable for
 * any new unauthenticated write: add a cap in caps.ts and call `consumeLimit("cap", key)`.
 */
export async function consumeLimit(name: CapName, key: string, storeOverride?: Store): Promise<LimitVerdict> {
  if (CAPS[name].points === 0) return { ok: true };
  const limiters = (globalForLimits.vitrineLimiters ??= new Map());
  const shared = storeOverride ?? (await store());
  const id = storeOverride ? `${name}:override` : name;
  let limiter = storeOverride ? undefined : limiters.get(id);
  if (!limiter) {
    limiter = limiterFor(name, shared);
    if (!storeOverride) limiters.set(id, limiter);
  }
  try {
    await limiter.consume(key.toLowerCase());
    return { ok: true };
  } catch (rejection) {
    if (rejection instanceof RateLimiterRes) return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)) };
    throw rejection;
  }
}

/** The first cap of `checks` that refuses, or ok: every check counts even after one refuses, so probing costs. */
export async function consumeLimits(checks: [CapName, string][], storeOverride?: Store): Promise<LimitVerdict> {
  const verdicts = await Promise.all(checks.map(([name, key]) => consumeLimit(name, key, storeOverride)));
  const refused = verdicts.filter((verdict): verdict is { ok: false; retryAfterSeconds: number } => !verdict.ok);
  return refused.length === 0 ? { ok: true } : { ok: false, retryAfterSeconds: Math.max(...refused.map((verdict) => verdict.retryAfterSeconds)) };
}

export type { Store as LimitStore };
