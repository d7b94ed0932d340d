/**
 * Runs once when the server starts: open, migrate and (first time) seed the database now, so
 * the ~4 s PGlite WASM start-up is paid here and not by the first shopper.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  // First, before any request: forwarded headers believed only from TRUSTED_PROXIES, cross-origin
  // Server Actions refused with a 403 (docs/security.md).
  const { installRequestGuards } = await import("./lib/http/request-guards");
  installRequestGuards();
  // A wrong IMPORT_PICTURE_ALLOWED_NETWORKS stops the start, not a later import (docs/security.md).
  (await import("./lib/import/picture-fetch")).allowedPictureNetworks();
  const { getDatabase } = await import("./lib/db/client");
  const started = Date.now();
  const database = await getDatabase();
  console.log(`[vitrine] database ready (${database.kind}) in ${Date.now() - started} ms`);
  const [{ bootstrapAdmins }, { getAuth }] = await Promise.all([import("./lib/auth/demo-admin"), import("./lib/auth/server")]);
  const auth = await getAuth();
  const demoAdmin = await bootstrapAdmins(database.db, (body) => auth.api.signUpEmail({ body }));
  if (demoAdmin) console.log(`[vitrine] demo back office: sign in as ${demoAdmin} (README, docs/back-office.md)`);
  const { startReservationSweeper } = await import("./lib/inventory/sweeper");
  startReservationSweeper();
  // Catalog and stock changes revalidate this server's cached pages (docs/scaling.md).
  const { startCacheTagListener } = await import("./lib/next/cache-tag-listener");
  await startCacheTagListener();
  // Push and e-mail notifications: back-in-stock alerts and the outbox (docs/engagement.md).
  const { startOutboxWorker } = await import("./lib/notifications/worker-runtime");
  await startOutboxWorker();
}
