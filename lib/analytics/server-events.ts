import { ONLINE_LOCATION } from "../catalog/queries";
import type { Db } from "../db/client";
import { stockAt } from "../inventory/stock";
import type { AnalyticsContext } from "./context";
import { recordAnalytics } from "./record";

export interface ServerEvent {
  type: "order" | "reservation" | "signup";
  /** The order, reservation or account id: one event each, whatever retries happen. */
  id: string;
  userId: string | null;
  storeSlug?: string | null;
  /** order: made in that store (in-store mode, docs/in-store.md). */
  inStore?: boolean;
  /** order: its fulfilment type. */
  fulfilment?: "delivery" | "pickup";
  /** reservation: its SKU, to tell a reservation of a SKU sold out online ("research online, buy offline"). */
  sku?: string;
  /** signup: the shopper came from the sign-up prompt's link (docs/engagement.md#sign-up-prompt). */
  viaPrompt?: boolean;
}

/**
 * Records an event the server itself knows of (docs/back-office.md). Runs after the answer is
 * sent; never throws (a lost analytics event must not fail an order).
 */
export async function recordServerEvent(db: Db, context: AnalyticsContext, event: ServerEvent, now: Date = new Date()): Promise<void> {
  if (context.bot || !context.visitorId) return;
  try {
    const detail =
      event.type === "order"
        ? (event.fulfilment ?? null)
        : event.type === "signup"
          ? event.viaPrompt
            ? "prompt"
            : null
          : event.sku && (await stockAt(db, event.sku, ONLINE_LOCATION)) === 0
            ? "sold_out_online"
            : null;
    await recordAnalytics(db, [
      {
        type: event.type,
        clientEventId: `${event.type}-${event.id}`,
        visitorId: context.visitorId,
        userId: event.userId,
        sessionId: context.sessionId,
        deviceClass: context.deviceClass,
        installed: context.installed,
        source: context.source,
        campaign: context.campaign,
        storeSlug: event.storeSlug ?? null,
        inStore: event.inStore ?? false,
        detail,
        occurredAt: now,
      },
    ]);
  } catch (error) {
    console.error("[vitrine] analytics event not recorded:", error);
  }
}

/** A `Cookie:` header as a getter. */
export function cookieReader(header: string | null | undefined): (name: string) => string | undefined {
  const jar = new Map<string, string>();
  for (const part of (header ?? "").split(";")) {
    const at = part.indexOf("=");
    if (at > 0) jar.set(part.slice(0, at).trim(), decodeURIComponent(part.slice(at + 1).trim()));
  }
  return (name) => jar.get(name);
}
