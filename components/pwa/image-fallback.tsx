"use client";

import { useEffect } from "react";
import { IMAGE_PLACEHOLDER } from "@/lib/offline/image-placeholder";

function replace(image: HTMLImageElement) {
  if (image.dataset.placeholder) return;
  image.dataset.placeholder = "missing";
  // A <picture>'s sources would be tried again: drop them with the srcset.
  image.parentElement?.querySelectorAll(":scope > source").forEach((source) => source.remove());
  image.removeAttribute("srcset");
  image.removeAttribute("sizes");
  image.src = IMAGE_PLACEHOLDER;
}

/**
 * Any picture that fails to load (offline and not in the images cache) becomes the placeholder,
 * at the same size, instead of the browser's broken-image icon (docs/offline.md#pictures-offline).
 * Pictures that failed before this ran are found by their empty natural size.
 */
export function ImageFallback() {
  useEffect(() => {
    const onError = (event: Event) => {
      if (event.target instanceof HTMLImageElement) replace(event.target);
    };
    document.addEventListener("error", onError, true);
    for (const image of Array.from(document.images)) if (image.complete && image.naturalWidth === 0 && image.currentSrc) replace(image);
    return () => document.removeEventListener("error", onError, true);
  }, []);
  return null;
}
