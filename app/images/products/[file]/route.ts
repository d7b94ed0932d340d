import type { NextRequest } from "next/server";
import { loadProductImage } from "@/lib/catalog/image-store";
import { parseProductImageFile, type ImageFormat } from "@/lib/catalog/images";
import { notFoundError, withApiErrors } from "@/lib/http/api-error";

/**
 * `/images/products/${key}-${width}.${avif|webp}`: the product illustration at one of the
 * responsive widths. URLs never change meaning, so browsers and CDNs may keep them forever.
 */
export const runtime = "nodejs";
export const dynamic = "force-dynamic";

const CONTENT_TYPES: Record<ImageFormat, string> = { avif: "image/avif", webp: "image/webp" };
const IMMUTABLE = "public, max-age=31536000, immutable";

export const GET = withApiErrors(async (_request: NextRequest, { params }: { params: Promise<{ file: string }> }) => {
  const { file: name } = await params;
  const file = parseProductImageFile(name);
  if (!file) return notFoundError("Product image");
  const image = await loadProductImage(name, file);
  if (!image) return notFoundError("Product image");
  return new Response(new Uint8Array(image), {
    headers: {
      "Content-Type": CONTENT_TYPES[file.format],
      "Content-Length": String(image.length),
      "Cache-Control": IMMUTABLE,
    },
  });
});
