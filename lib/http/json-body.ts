import type { z } from "zod";
import { apiError, zodMessage } from "./api-error";

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
  const text = await request.text();
  if (Buffer.byteLength(text) > maxBytes) return { ok: false, response: apiError(413, "payload_too_large", `The body is limited to ${maxBytes} bytes.`) };
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
