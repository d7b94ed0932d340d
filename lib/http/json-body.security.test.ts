import { describe, expect, it } from "vitest";
import { z } from "zod";
import { readJsonBody } from "./json-body";

/** A chunked body of `total` bytes produced on demand, counting how much the reader pulled. */
function streamingRequest(total: number, chunk = 16 * 1024) {
  const pulled = { bytes: 0, cancelled: false };
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (pulled.bytes >= total) return controller.close();
      pulled.bytes += chunk;
      controller.enqueue(new Uint8Array(chunk).fill(0x20));
    },
    cancel() {
      pulled.cancelled = true;
    },
  });
  const request = new Request("http://shop.test/api/events", { method: "POST", body, headers: { "content-type": "application/json" }, duplex: "half" } as RequestInit);
  return { request, pulled };
}

describe("readJsonBody", () => {
  it("stops reading a chunked body at the limit and answers 413", async () => {
    const { request, pulled } = streamingRequest(200 * 1024 * 1024);
    const result = await readJsonBody(request, z.unknown(), 64 * 1024);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.response.status).toBe(413);
    expect(pulled.bytes).toBeLessThan(64 * 1024 + 64 * 1024);
    expect(pulled.cancelled).toBe(true);
  });

  it("refuses a declared Content-Length over the limit without reading", async () => {
    const { request, pulled } = streamingRequest(1024 * 1024);
    const declared = new Request(request, { headers: { "content-type": "application/json", "content-length": String(1024 * 1024) } });
    const result = await readJsonBody(declared, z.unknown(), 64 * 1024);
    expect(!result.ok && result.response.status).toBe(413);
    expect(pulled.bytes).toBeLessThan(64 * 1024);
  });

  it("still parses a body within the limit", async () => {
    const request = new Request("http://shop.test/", { method: "POST", body: JSON.stringify({ a: "é".repeat(100) }), headers: { "content-type": "application/json" } });
    const result = await readJsonBody(request, z.object({ a: z.string() }));
    expect(result.ok && result.value.a.length).toBe(100);
  });
});
