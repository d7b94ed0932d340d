/**
 * Runs once when the server starts: open, migrate and (first time) seed the database now, so
 * the ~4 s PGlite WASM start-up is paid here and not by the first shopper.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  // First, before any request: forwarded headers are believed only from TRUSTED_PROXIES (docs/security.md).
  const { installForwardedHeaderTrust } = await import("./lib/http/install-forwarded");
  installForwardedHeaderTrust();
  const { getDatabase } = await import("./lib/db/client");
  const started = Date.now();
  const database = await getDatabase();
  console.log(`[vitrine] database ready (${database.kind}) in ${Date.now() - started} ms`);
  const { startReservationSweeper } = await import("./lib/inventory/sweeper");
  startReservationSweeper();
}
