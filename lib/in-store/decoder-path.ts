/** Where this shop serves zxing-wasm's decoder (app/scanner/zxing_reader.wasm); the service worker keeps it for offline scanning (docs/in-store.md). */
export const ZXING_WASM_PATH = "/scanner/zxing_reader.wasm";
