import type pg from "pg";
import type { Database } from "./client";

/**
 * Calls `onPayload` for each NOTIFY on `channel`: in-process with PGlite, through a dedicated
 * PostgreSQL connection LISTENing otherwise (it counts against DB_POOL_SIZE), reconnecting after
 * a failure so a database restart does not silence it for good. Notifications sent while it
 * reconnects are not replayed. Returns the function that stops listening.
 */
export async function listen(database: Database, channel: string, onPayload: (payload: string) => void): Promise<() => Promise<void>> {
  if (!/^[a-z_][a-z0-9_]*$/.test(channel)) throw new Error(`not a plain channel name: ${channel}`);
  if (database.pglite) {
    const unlisten = await database.pglite.listen(channel, onPayload);
    return () => unlisten();
  }
  if (database.pool) return listenOnPool(database.pool, channel, onPayload);
  throw new Error("LISTEN needs PGlite or a PostgreSQL pool");
}

function listenOnPool(pool: pg.Pool, channel: string, onPayload: (payload: string) => void): () => Promise<void> {
  let closed = false;
  let client: pg.PoolClient | undefined;
  const connect = async () => {
    if (closed) return;
    try {
      const c = await pool.connect();
      client = c;
      c.on("notification", (message) => {
        if (message.channel === channel && message.payload) onPayload(message.payload);
      });
      c.on("error", (error) => {
        console.error(`[listen ${channel}] connection lost, reconnecting`, error.message);
        c.release(error);
        client = undefined;
        setTimeout(connect, 1000).unref();
      });
      await c.query(`LISTEN ${channel}`);
    } catch (error) {
      console.error(`[listen ${channel}] cannot listen, retrying`, error);
      setTimeout(connect, 1000).unref();
    }
  };
  void connect();
  return async () => {
    closed = true;
    if (client) {
      await client.query(`UNLISTEN ${channel}`).catch(() => undefined);
      client.release();
    }
  };
}
