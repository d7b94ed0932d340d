/** What the service worker shows (service-worker/push.ts reads it). */
export interface PushPayload {
  title: string;
  body: string;
  url: string;
  tag: string;
}

/**
 * Push services accept at most 4096 bytes of encrypted message (RFC 8030); aes128gcm adds an
 * 86-byte header, a 16-byte tag and a padding delimiter (RFC 8188, RFC 8291), leaving 3993 bytes
 * of JSON. The body is shortened (on a character boundary, with an ellipsis) until it fits.
 */
export const MAX_PUSH_PAYLOAD_BYTES = 4096 - 86 - 16 - 1;

export function encodePushPayload(payload: PushPayload): string {
  let body = payload.body;
  let json = JSON.stringify({ ...payload, body });
  while (Buffer.byteLength(json) > MAX_PUSH_PAYLOAD_BYTES && body.length > 0) {
    const over = Buffer.byteLength(json) - MAX_PUSH_PAYLOAD_BYTES;
    body = [...body].slice(0, Math.max(0, [...body].length - Math.max(1, Math.ceil(over / 4)) - 1)).join("") + "…";
    if (body === "…") body = "";
    json = JSON.stringify({ ...payload, body });
  }
  if (Buffer.byteLength(json) > MAX_PUSH_PAYLOAD_BYTES) throw new Error("push payload too large even without a body");
  return json;
}
