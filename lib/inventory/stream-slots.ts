/**
 * Caps on live stock streams (docs/security.md): each open Server-Sent Events connection holds a
 * socket and a subscription, so an instance accepts at most `perInstance` of them and one client
 * at most `perClient`; past either the request guards (lib/http/request-guards.ts) answer 503
 * with Retry-After before Next.js sees the request. Counted per instance (connections are), in memory.
 */
export interface StreamCaps {
  perInstance: number;
  perClient: number;
}

function positive(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value === "") return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 1) throw new Error(`${name} must be a whole number ≥ 1 (got "${value}")`);
  return parsed;
}

export function streamCapsFromEnv(env: Record<string, string | undefined> = process.env): StreamCaps {
  return {
    perInstance: positive(env.STOCK_STREAMS_PER_INSTANCE, 1000, "STOCK_STREAMS_PER_INSTANCE"),
    perClient: positive(env.STOCK_STREAMS_PER_CLIENT, 20, "STOCK_STREAMS_PER_CLIENT"),
  };
}

export class StreamSlots {
  private open = 0;
  private readonly byClient = new Map<string, number>();

  constructor(private readonly caps: StreamCaps) {}

  /** A slot for `client`, as the function that gives it back (idempotent), or null when a cap is reached. */
  acquire(client: string): (() => void) | null {
    const mine = this.byClient.get(client) ?? 0;
    if (this.open >= this.caps.perInstance || mine >= this.caps.perClient) return null;
    this.open += 1;
    this.byClient.set(client, mine + 1);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.open -= 1;
      const left = (this.byClient.get(client) ?? 1) - 1;
      if (left > 0) this.byClient.set(client, left);
      else this.byClient.delete(client);
    };
  }

  get size(): number {
    return this.open;
  }
}

/** How long a refused stream is told to wait (the browser's EventSource retries by itself). */
export const STREAM_RETRY_AFTER_SECONDS = 30;

const globalForStreams = globalThis as unknown as { vitrineStreamSlots?: StreamSlots };

/** This instance's live stock stream slots. */
export function stockStreamSlots(): StreamSlots {
  return (globalForStreams.vitrineStreamSlots ??= new StreamSlots(streamCapsFromEnv()));
}
