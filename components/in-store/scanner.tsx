"use client";

import { useEffect, useRef, useState, type FormEvent } from "react";
import { useRouter } from "@/lib/i18n/navigation";
import { frameDecoder } from "@/lib/in-store/decoder";
import { findScanTarget } from "@/lib/in-store/find-code";
import { parseScannedCode } from "@/lib/in-store/scan-code";

export type ScannerTexts = Record<"start" | "stop" | "video" | "starting" | "aim" | "denied" | "reading" | "unknown" | "invalid" | "typedLabel" | "typedHint" | "typedSubmit", string>;

/** Frames are decoded at most this often: enough to feel instant, light on a phone's battery. */
const FRAME_INTERVAL_MS = 120;

/**
 * "Scanner un article" (docs/in-store.md): the camera reads an EAN-13 on a tag or a shelf
 * label's QR code and opens the product with that SKU selected; a typed reference or GTIN does
 * the same without a camera (the accessible path). Works offline from the catalog mirror.
 */
export function Scanner({ texts }: { texts: ScannerTexts }) {
  const router = useRouter();
  const [scanning, setScanning] = useState(false);
  const [status, setStatus] = useState("");
  const [problem, setProblem] = useState("");
  const video = useRef<HTMLVideoElement>(null);

  async function open(code: string): Promise<boolean> {
    const target = parseScannedCode(code, location.origin);
    if (!target) {
      setProblem(texts.invalid.replace("{code}", code.slice(0, 40)));
      return false;
    }
    setStatus(texts.reading);
    const url = await findScanTarget(target);
    if (!url) {
      setStatus("");
      setProblem(texts.unknown.replace("{code}", code.slice(0, 40)));
      return false;
    }
    router.push(url);
    return true;
  }

  const session = useRef<(() => void) | null>(null);
  // Leaving the page turns the camera off.
  useEffect(() => () => session.current?.(), []);

  function stopCamera() {
    session.current?.();
    session.current = null;
    setScanning(false);
  }

  async function startCamera() {
    let stopped = false;
    let stream: MediaStream | undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    session.current = () => {
      stopped = true;
      clearTimeout(timer);
      stream?.getTracks().forEach((track) => track.stop());
    };
    setScanning(true);
    setProblem("");
    setStatus(texts.starting);
    try {
      const [media, decode] = await Promise.all([navigator.mediaDevices.getUserMedia({ video: { facingMode: "environment" }, audio: false }), frameDecoder()]);
      stream = media;
      const element = video.current;
      if (stopped || !element) return media.getTracks().forEach((track) => track.stop());
      element.srcObject = media;
      await element.play();
      setStatus(texts.aim);
      let lastMiss = "";
      const tick = async () => {
        if (stopped) return;
        const code = await decode(element).catch(() => null);
        if (stopped) return;
        // A code read but unknown is said once, and the camera keeps looking.
        if (code && code !== lastMiss) {
          if (await open(code)) return stopCamera();
          lastMiss = code;
        }
        timer = setTimeout(() => void tick(), FRAME_INTERVAL_MS);
      };
      void tick();
    } catch {
      if (stopped) return;
      stopCamera();
      setStatus("");
      setProblem(texts.denied);
    }
  }

  async function typed(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setProblem("");
    const code = String(new FormData(event.currentTarget).get("code") ?? "");
    await open(code);
  }

  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-col gap-3">
        <button type="button" onClick={() => (scanning ? stopCamera() : void startCamera())} className="self-start rounded-md bg-brand px-5 py-3 font-semibold text-white hover:bg-brand-dark">
          {scanning ? texts.stop : texts.start}
        </button>
        {scanning && <video ref={video} aria-label={texts.video} muted playsInline className="aspect-[4/3] w-full max-w-md rounded-md bg-black object-cover" />}
        <p role="status" className="text-sm">
          {status}
        </p>
        <p role="alert" className="text-sm text-warn">
          {problem}
        </p>
      </div>
      <form onSubmit={typed} className="flex max-w-md flex-col gap-2 rounded-lg border border-line bg-white p-4">
        <label htmlFor="scan-code" className="font-semibold">
          {texts.typedLabel}
        </label>
        <p id="scan-code-hint" className="text-sm text-muted">
          {texts.typedHint}
        </p>
        <div className="flex gap-2">
          <input id="scan-code" name="code" required maxLength={200} inputMode="text" autoComplete="off" aria-describedby="scan-code-hint" className="min-w-0 flex-1 rounded-md border border-stone-400 px-3 py-2" />
          <button type="submit" className="rounded-md bg-ink px-4 py-2 font-semibold text-white">
            {texts.typedSubmit}
          </button>
        </div>
      </form>
    </div>
  );
}
