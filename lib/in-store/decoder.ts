/**
 * Reads an EAN-13 or a QR code from a video frame (docs/in-store.md): the browser's
 * `BarcodeDetector` where it reads both formats, else zxing-wasm, whose `.wasm` is served by
 * this shop (`/scanner/zxing_reader.wasm`, app/scanner), never a CDN. Runs in the browser.
 */
import { ZXING_WASM_PATH } from "./decoder-path";

export type FrameDecoder = (video: HTMLVideoElement) => Promise<string | null>;

interface NativeDetector {
  detect(source: HTMLVideoElement): Promise<{ rawValue: string }[]>;
}
interface NativeDetectorClass {
  new (options: { formats: string[] }): NativeDetector;
  getSupportedFormats(): Promise<string[]>;
}

async function nativeDecoder(): Promise<FrameDecoder | null> {
  const Detector = (window as unknown as { BarcodeDetector?: NativeDetectorClass }).BarcodeDetector;
  if (!Detector) return null;
  const formats = await Detector.getSupportedFormats().catch(() => [] as string[]);
  if (!formats.includes("ean_13") || !formats.includes("qr_code")) return null;
  const detector = new Detector({ formats: ["ean_13", "qr_code"] });
  return async (video) => (await detector.detect(video).catch(() => []))[0]?.rawValue ?? null;
}

async function wasmDecoder(): Promise<FrameDecoder> {
  const { prepareZXingModule, readBarcodes } = await import("zxing-wasm/reader");
  await prepareZXingModule({ overrides: { locateFile: (path: string, prefix: string) => (path.endsWith(".wasm") ? ZXING_WASM_PATH : prefix + path) }, fireImmediately: true });
  const canvas = document.createElement("canvas");
  const context = canvas.getContext("2d", { willReadFrequently: true })!;
  return async (video) => {
    if (!video.videoWidth) return null;
    canvas.width = video.videoWidth;
    canvas.height = video.videoHeight;
    context.drawImage(video, 0, 0);
    const [result] = await readBarcodes(context.getImageData(0, 0, canvas.width, canvas.height), { formats: ["EAN13", "QRCode"], tryHarder: true, maxNumberOfSymbols: 1 });
    return result?.isValid ? result.text : null;
  };
}

/** The best decoder this browser has. */
export async function frameDecoder(): Promise<FrameDecoder> {
  return (await nativeDecoder()) ?? wasmDecoder();
}
