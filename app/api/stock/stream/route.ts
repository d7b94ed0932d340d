import type { NextRequest } from "next/server";
import { z } from "zod";
import { getDb } from "@/lib/db/client";
import { notFoundError, withApiErrors } from "@/lib/http/api-error";
import { releaseExpiredHolds } from "@/lib/inventory/holds";
import { getStockFeed } from "@/lib/inventory/runtime";
import { knownStockLevels, type StockLevel } from "@/lib/inventory/stock";
import { skuSchema } from "@/lib/orders/order-request";

export const dynamic = "force-dynamic";

const MAX_SKUS = 20;
const HEARTBEAT_MS = 25_000;


const querySchema = z.object({
  skus: z
    .string()
    .min(1, "give at least one SKU")
    .max(MAX_SKUS * 65)
    .transform((value) => [...new Set(value.split(","))])
    .pipe(z.array(skuSchema).max(MAX_SKUS, `at most ${MAX_SKUS} SKUs`)),
});

/**
 * Live stock (docs/api.md) as Server-Sent Events: first the current levels of the SKUs, then
 * `event: stock` / `data: {"sku","location","available"}` on every change, from any instance.
 * Open streams are capped per instance and per client before they reach this handler
 * (lib/http/request-guards.ts, docs/security.md); the SKUs' existence and levels are one query.
 */
export const GET = withApiErrors(async (request: NextRequest) => {
  const { skus } = querySchema.parse({ skus: request.nextUrl.searchParams.get("skus") ?? "" });
  const db = await getDb();
  const feed = await getStockFeed();
  // Subscribe before reading the levels, so a change in between is not lost: changes heard before
  // the stream opens follow the first levels (each carries its level, so the last one wins).
  const early: StockLevel[] = [];
  let deliver: (level: StockLevel) => void = (level) => early.push(level);
  const unsubscribe = feed.subscribe(skus, (level) => deliver(level));
  let initial: Awaited<ReturnType<typeof knownStockLevels>>;
  try {
    await releaseExpiredHolds(db);
    initial = await knownStockLevels(db, skus);
  } catch (error) {
    unsubscribe();
    throw error;
  }
  const unknown = skus.find((sku) => !initial.known.has(sku));
  if (unknown) {
    unsubscribe();
    return notFoundError(`SKU "${unknown}"`);
  }

  const encoder = new TextEncoder();
  let stop = () => {};
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      let open = true;
      const write = (text: string) => {
        if (open) controller.enqueue(encoder.encode(text));
      };
      const send = (level: StockLevel) => write(`event: stock\ndata: ${JSON.stringify(level)}\n\n`);
      const heartbeat = setInterval(() => write(": keep-alive\n\n"), HEARTBEAT_MS);
      stop = () => {
        if (!open) return;
        open = false;
        clearInterval(heartbeat);
        unsubscribe();
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
      for (const level of early.splice(0)) send(level);
      deliver = send;
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
