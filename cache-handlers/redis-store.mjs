import { readFileSync } from "node:fs";
import path from "node:path";
import { createClient } from "redis";

/**
 * What both Redis cache handlers share (docs/scaling.md, "Shared cache"): one client per process,
 * the key namespace, the serialisation of entries, and the tag clock that carries a revalidation
 * made on one instance to every other one.
 *
 * Plain JavaScript on purpose: `next start` imports these files with Node at run time, outside any
 * bundler, and Node 20 cannot load TypeScript.
 */

/**
 * Keys: `<REDIS_KEY_PREFIX>:<build id>:…`. Instances run the same build and share everything; a new
 * build starts an empty namespace, so it never serves pages that name the old build's chunks.
 */
export const keyPrefix = `${process.env.REDIS_KEY_PREFIX || "vitrine"}:${buildId()}:`;
const TAGS_KEY = `${keyPrefix}tags`; // hash: tag → {"stale"?: ms, "expired"?: ms}
const TAG_LOG_KEY = `${keyPrefix}tag-log`; // sorted set: tag scored by the ms of its last change
/** A command slower than this counts as a cache miss (or a skipped write): Redis never stalls a page. */
const TIMEOUT_MS = positiveNumber(process.env.REDIS_CACHE_TIMEOUT_MS, 500);
/** Upper bound on an entry's life in Redis, in seconds; an entry whose `expire` is shorter lives that long. */
export const MAX_TTL_SECONDS = positiveNumber(process.env.REDIS_CACHE_MAX_TTL, 7 * 24 * 3600);
/** refreshTags() re-reads changes this far back, so a clock a little behind on another instance loses none. */
const TAG_LOG_OVERLAP_MS = 10_000;
/** Changes older than this are dropped from the log; the hash keeps every tag's last times. */
const TAG_LOG_KEEP_MS = 3600_000;

function buildId() {
  try {
    return readFileSync(path.join(process.cwd(), process.env.NEXT_DIST_DIR || ".next", "BUILD_ID"), "utf8").trim();
  } catch {
    return "development"; // `next dev` writes no BUILD_ID
  }
}

function positiveNumber(value, fallback) {
  const number = Number(value);
  return Number.isFinite(number) && number > 0 ? number : fallback;
}

let redis;
/**
 * Pending until the first connection is made or has failed: commands arriving meanwhile wait for
 * it (within their timeout); afterwards a command while disconnected fails at once.
 */
let firstConnection;
let lastWarning = 0;

function warn(message) {
  // One line every 30 s at most: a Redis outage must not flood the log at every request.
  if (Date.now() - lastWarning < 30_000) return;
  lastWarning = Date.now();
  console.warn(`cache handler: ${message} (serving without the shared cache)`);
}

function client() {
  if (!redis) {
    redis = createClient({
      url: process.env.REDIS_URL,
      // Commands fail at once while disconnected instead of queueing behind a dead server; the
      // client keeps reconnecting in the background.
      disableOfflineQueue: true,
      socket: { connectTimeout: 2000, reconnectStrategy: (retries) => Math.min(100 * 2 ** retries, 5000) },
    });
    redis.on("error", (error) => {
      firstConnection = undefined; // while retrying, connect() stays pending: stop waiting for it
      warn(error instanceof Error ? error.message : String(error));
    });
    firstConnection = redis.connect().then(
      () => (firstConnection = undefined),
      () => (firstConnection = undefined),
    );
  }
  return redis;
}

function timeout(ms) {
  let timer;
  const promise = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`Redis did not answer within ${ms} ms`)), ms);
  });
  return { promise, cancel: () => clearTimeout(timer) };
}

/** Runs a command within TIMEOUT_MS; `fallback` on any failure (logged), at once while disconnected. */
export async function withRedis(run, fallback) {
  const connection = client();
  const limit = timeout(TIMEOUT_MS);
  try {
    if (!connection.isReady && firstConnection) await Promise.race([firstConnection, limit.promise]);
    if (!connection.isReady) throw new Error("Redis is not connected");
    return await Promise.race([run(connection), limit.promise]);
  } catch (error) {
    warn(error instanceof Error ? error.message : String(error));
    return fallback;
  } finally {
    limit.cancel();
  }
}

/** Closes the connection (tests, shutdown). */
export async function closeRedis() {
  const connection = redis;
  redis = undefined;
  firstConnection = undefined;
  if (!connection) return;
  if (connection.isReady) await connection.close();
  else connection.destroy();
}

/** Seconds an entry may stay in Redis: its own expiry when finite, never more than MAX_TTL_SECONDS. */
export function ttlSeconds(expireSeconds) {
  const expire = Number(expireSeconds);
  return Math.max(1, Math.ceil(Number.isFinite(expire) && expire > 0 ? Math.min(expire, MAX_TTL_SECONDS) : MAX_TTL_SECONDS));
}

/**
 * JSON that keeps what Next puts in entries and plain JSON loses: Buffers and typed arrays
 * (`rscData`, route bodies) and Maps (`segmentData`).
 */
export function serialize(value) {
  return JSON.stringify(value, function replace(key, replaced) {
    const raw = this[key];
    if (raw instanceof Uint8Array) return { $bytes: Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength).toString("base64") };
    if (raw instanceof Map) return { $map: [...raw.entries()] };
    return replaced;
  });
}

export function deserialize(text) {
  return JSON.parse(text, (_key, value) => {
    if (value && typeof value === "object" && !Array.isArray(value)) {
      if (typeof value.$bytes === "string" && Object.keys(value).length === 1) return Buffer.from(value.$bytes, "base64");
      if (Array.isArray(value.$map) && Object.keys(value).length === 1) return new Map(value.$map);
    }
    return value;
  });
}

export async function readEntry(kind, key) {
  const text = await withRedis((redis) => redis.get(`${keyPrefix}${kind}:${key}`), null);
  if (typeof text !== "string") return undefined;
  try {
    return deserialize(text);
  } catch {
    return undefined;
  }
}

export async function writeEntry(kind, key, value, expireSeconds) {
  await withRedis((redis) => redis.set(`${keyPrefix}${kind}:${key}`, serialize(value), { EX: ttlSeconds(expireSeconds) }), null);
}

export async function deleteEntry(kind, key) {
  await withRedis((redis) => redis.del(`${keyPrefix}${kind}:${key}`), null);
}

/**
 * Tag times, as Next's own in-memory manifest keeps them: `expired` (entries older than it are
 * misses once it has passed) and `stale` (entries older than it are served once more while they
 * refresh). `durations` absent: expire now (`updateTag`, `revalidateTag(tag)`); present: stale
 * now, expired after `durations.expire` seconds (`revalidateTag(tag, profile)`).
 */
export function nextTagTimes(previous, durations, now) {
  if (!durations) return { ...previous, expired: now };
  const times = { ...previous, stale: now };
  if (durations.expire !== undefined) times.expired = now + durations.expire * 1000;
  return times;
}

/** "expired", "stale" or "fresh": what the tags' times say of an entry written at `timestamp`. */
export function tagVerdict(times, tags, timestamp, now = Date.now()) {
  let verdict = "fresh";
  for (const tag of tags) {
    const time = times.get(tag);
    if (!time) continue;
    if (typeof time.expired === "number" && time.expired > timestamp && time.expired <= now) return "expired";
    if (typeof time.stale === "number" && time.stale > timestamp) verdict = "stale";
  }
  return verdict;
}

/** Records a revalidation for every instance; returns the new times (also for the caller's own copy). */
export async function markTags(tags, durations) {
  const now = Date.now();
  const current = await readTagTimes(tags);
  const updated = new Map(tags.map((tag) => [tag, nextTagTimes(current.get(tag), durations, now)]));
  if (updated.size === 0) return updated;
  await withRedis(async (redis) => {
    const multi = redis.multi();
    for (const [tag, times] of updated) {
      multi.hSet(TAGS_KEY, tag, JSON.stringify(times));
      multi.zAdd(TAG_LOG_KEY, { score: now, value: tag });
    }
    multi.zRemRangeByScore(TAG_LOG_KEY, "-inf", now - TAG_LOG_KEEP_MS);
    return multi.exec();
  }, null);
  return updated;
}

/** The stored times of some tags (tags never revalidated are absent). */
export async function readTagTimes(tags) {
  const unique = [...new Set(tags)];
  const times = new Map();
  if (unique.length === 0) return times;
  const values = await withRedis((redis) => redis.hmGet(TAGS_KEY, unique), []);
  unique.forEach((tag, index) => {
    const parsed = parseTimes(values[index]);
    if (parsed) times.set(tag, parsed);
  });
  return times;
}

/**
 * The tags changed since `sinceMs` (0: all of them, read from the hash), with their times; and
 * the clock to pass next time. Reads the log with an overlap, so a change stamped by a slightly
 * late clock is not missed.
 */
export async function tagChangesSince(sinceMs) {
  const readAt = Date.now();
  if (sinceMs === 0) {
    const all = await withRedis((redis) => redis.hGetAll(TAGS_KEY), null);
    if (!all) return { changes: new Map(), next: 0 };
    return { changes: new Map(Object.entries(all).flatMap(([tag, text]) => (parseTimes(text) ? [[tag, parseTimes(text)]] : []))), next: readAt };
  }
  const tags = await withRedis((redis) => redis.zRangeByScore(TAG_LOG_KEY, sinceMs - TAG_LOG_OVERLAP_MS, "+inf"), null);
  if (!tags) return { changes: new Map(), next: sinceMs };
  return { changes: await readTagTimes(tags), next: readAt };
}

function parseTimes(text) {
  if (typeof text !== "string") return undefined;
  try {
    const value = JSON.parse(text);
    return value && typeof value === "object" ? value : undefined;
  } catch {
    return undefined;
  }
}
