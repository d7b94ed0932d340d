import * as z from "zod/mini";

/** Messages pages send to the worker (components/pwa/sw-registration.tsx); anything else is ignored. */
const workerMessage = z.discriminatedUnion("type", [z.object({ type: z.literal("SKIP_WAITING") }), z.object({ type: z.literal("GET_VERSION") })]);

export type WorkerMessage = z.infer<typeof workerMessage>;

export function parseWorkerMessage(data: unknown): WorkerMessage | null {
  const parsed = workerMessage.safeParse(data);
  return parsed.success ? parsed.data : null;
}
