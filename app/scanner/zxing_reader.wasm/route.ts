import { readFile } from "node:fs/promises";
import path from "node:path";

/**
 * zxing-wasm's decoder, served from this origin (docs/in-store.md): the scanner never loads code
 * from a CDN, and the service worker precaches this URL so scanning works offline. Read from the
 * installed package, so no copy of it is committed or generated.
 */
export const dynamic = "force-static";

export async function GET() {
  const wasm = await readFile(path.join(process.cwd(), "node_modules", "zxing-wasm", "dist", "reader", "zxing_reader.wasm"));
  return new Response(new Uint8Array(wasm), { headers: { "Content-Type": "application/wasm", "Cache-Control": "public, max-age=86400" } });
}
