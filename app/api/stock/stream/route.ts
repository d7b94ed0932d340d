import type { NextRequest } from "next/server";
import { z } from "zod";
import { getDb } from "@/lib/db/client";
import { apiError, notFoundError, withApiErrors } from "@/lib/http/api-error";
import { clientAddress } from "@/lib/http/forwarded";
import { releaseExpiredReservations } from "@/lib/inventory/reservations";
import { getStockFeed } from "@/lib/inventory/runtime";
import { knownStockLevels, type StockLevel } from "@/lib/inventory/stock";
import { streamCapsFromEnv, StreamSlots } from "@/lib/inventory/stream-slots";
import { skuSchema } from "@/lib/orders/order-request";

export const dynamic = "force-dynamic";

const MAX_SKUS = 20;
const HEARTBEAT_MS = 25_000;
/** How long a refused stream is told to wait (the browser's EventSource retries by itself). */
const RETRY_AFTER_SECONDS = 30;

const globalForStreams = globalThis as unknown as { vitrineStreamSlots?: StreamSlots };
const slots = (globalForStreams.vitrineStreamSlots ??= new StreamSlots(streamCapsFromEnv()));

const querySchema = z.object({
  skus: z
    .string()
    .min(1, "give at least one SKU")
    .max(MAX_SKUS * 65)
    .transform((value) => [...new Set(value.split(","))])
    .pipe(z.array(skuSchema).max(MAX_SKUS, `at most ${MAX_SKUS} SKUs`)),
});

/**
 * Live stock (DESIGN.md §4) as Server-Sent Events: first the current levels of the SKUs, then
 * `event: stock` / `data: {"sku","location","available"}` on every change, from any instance.
 * Open streams are capped per instance and per client (docs/security.md): past a cap, 503 with
 * Retry-After, answered before any database work.
 */
export const GET = withApiErrors(async (request: NextRequest) => {
  const { skus } = querySchema.parse({ skus: request.nextUrl.searchParams.get("skus") ?? "" });
  const release = slots.acquire(clientAddress(request.headers));
  if (!release) {
    const refused = apiError(503, "too_many_streams", "Too many live stock streams are open; try again shortly.");
    refused.headers.set("Retry-After", String(RETRY_AFTER_SECONDS));
    return refused;
  }
  let initial: Awaited<ReturnType<typeof knownStockLevels>>;
  let feed: Awaited<ReturnType<typeof getStockFeed>>;
  try {
    const db = await getDb();
    await releaseExpiredReservations(db);
    initial = await knownStockLevels(db, skus);
    const unknown = skus.find((sku) => !initial.known.has(sku));
    if (unknown) {
      release();
      return notFoundError(`SKU "${unknown}"`);
    }
    feed = await getStockFeed();
  } catch (error) {
    release();
    throw error;
  }

  const encoder = new TextEncoder();
  let stop = () => {};
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      let open = true;
      const write = (text: string) => {
        if (open) controller.enqueue(encoder.encode(text));
      };
      const send = (level: StockLevel) => write(`event: stock\ndata: ${JSON.stringify(level)}\n\n`);
      // Subscribe before reading the levels, so a change in between is not lost.
      const unsubscribe = feed.subscribe(skus, send);
      const heartbeat = setInterval(() => write(": keep-alive\n\n"), HEARTBEAT_MS);
      stop = () => {
        if (!open) return;
        open = false;
        clearInterval(heartbeat);
        unsubscribe();
        release();
      };
      request.signal.addEventListener("abort", () => {
        stop();
        try {
          controller.close();
        } catch {
          // Already closed by the runtime.
        }
      });
      write("retry: 3000\n\n");
      for (const level of initial.levels) send(level);
    },
    cancel() {
      stop();
    },
  });
  return new Response(stream, {
    headers: {
      "Content-Type": "text/event-stream; charset=utf-8",
      // no-transform keeps the compression middleware from buffering the stream.
      "Cache-Control": "no-cache, no-transform",
      "X-Accel-Buffering": "no",
    },
  });
});
