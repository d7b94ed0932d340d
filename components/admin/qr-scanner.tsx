"use client";

import { useEffect, useRef, useState, useSyncExternalStore } from "react";

export interface ScannerTexts {
  scan: string;
  stop: string;
  video: string;
  denied: string;
}

interface Detector {
  detect(source: HTMLVideoElement): Promise<{ rawValue: string }[]>;
}
type DetectorClass = new (options: { formats: string[] }) => Detector;

const noSubscription = () => () => {};
const hasDetector = () => "BarcodeDetector" in window && !!navigator.mediaDevices?.getUserMedia;

/**
 * Scans the reservation's QR code with the device camera where the browser has
 * `BarcodeDetector` (Chrome on Android, among others) and submits the search form with what it
 * read. Elsewhere it renders nothing: the typed code field does the same job.
 */
export function QrScanner({ texts, inputId }: { texts: ScannerTexts; inputId: string }) {
  // False on the server and at hydration; the browser's answer right after.
  const supported = useSyncExternalStore(noSubscription, hasDetector, () => false);
  const [scanning, setScanning] = useState(false);
  const [denied, setDenied] = useState(false);
  const video = useRef<HTMLVideoElement>(null);

  useEffect(() => {
    if (!scanning) return;
    let stream: MediaStream | undefined;
    let frame = 0;
    let stopped = false;
    const Barcode = (window as unknown as { BarcodeDetector: DetectorClass }).BarcodeDetector;
    const detector = new Barcode({ formats: ["qr_code"] });
    const tick = async () => {
      if (stopped || !video.current) return;
      const [code] = await detector.detect(video.current).catch(() => []);
      if (code?.rawValue) {
        const input = document.getElementById(inputId) as HTMLInputElement | null;
        if (input) {
          input.value = code.rawValue;
          input.form?.requestSubmit();
        }
        setScanning(false);
        return;
      }
      frame = requestAnimationFrame(() => void tick());
    };
    navigator.mediaDevices
      .getUserMedia({ video: { facingMode: "environment" } })
      .then(async (media) => {
        stream = media;
        if (stopped || !video.current) return;
        video.current.srcObject = media;
        await video.current.play();
        void tick();
      })
      .catch(() => {
        setDenied(true);
        setScanning(false);
      });
    return () => {
      stopped = true;
      cancelAnimationFrame(frame);
      stream?.getTracks().forEach((track) => track.stop());
    };
  }, [scanning, inputId]);

  if (!supported) return null;
  return (
    <div className="flex flex-col gap-2">
      <button type="button" onClick={() => setScanning((on) => !on)} className="self-start rounded-md border border-ink px-4 py-2 font-medium">
        {scanning ? texts.stop : texts.scan}
      </button>
      {denied && <p role="alert" className="text-sm text-warn">{texts.denied}</p>}
      {scanning && <video ref={video} aria-label={texts.video} muted playsInline className="aspect-square w-full max-w-xs rounded-md bg-black object-cover" />}
    </div>
  );
}
