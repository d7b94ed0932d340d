import type { z } from "zod";
import { apiError, zodMessage } from "./api-error";

/**
 * The body as text, or null once it passes `maxBytes`: a declared Content-Length over the limit is
 * refused before reading, and a chunked body is read only up to the limit, then the stream is
 * cancelled, so a 200 MB upload costs at most `maxBytes` of memory (docs/security.md).
 */
async function readLimitedText(request: Request, maxBytes: number): Promise<string | null> {
  const declared = Number(request.headers.get("content-length") ?? Number.NaN);
  if (declared > maxBytes) return null;
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString("utf8");
}

/**
 * A JSON request body checked against `schema`: the parsed value, or the 4xx to answer (body
 * too large, not JSON, not the expected shape). Bodies are read as text first so a 10 MB upload
 * is refused by its size, not parsed.
 */
export async function readJsonBody<T extends z.ZodType>(
  request: Request,
  schema: T,
  maxBytes = 64 * 1024,
): Promise<{ ok: true; value: z.infer<T>; raw: unknown } | { ok: false; response: Response }> {
  if (!(request.headers.get("content-type") ?? "").toLowerCase().startsWith("application/json")) {
    return { ok: false, response: apiError(415, "unsupported_media_type", "Send the body as application/json.") };
  }
  const text = await readLimitedText(request, maxBytes);
  if (text === null) return { ok: false, response: apiError(413, "payload_too_large", `The body is limited to ${maxBytes} bytes.`) };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, response: apiError(400, "bad_json", "The body is not valid JSON.") };
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) return { ok: false, response: apiError(400, "bad_request", zodMessage(parsed.error)) };
  return { ok: true, value: parsed.data, raw };
}
