import { cleanSource } from "../visitor/cookie";
import { MAX_VIEW_AGE_MS, type TrackedEvent, type ViewEvent } from "../history/events";
import type { AnalyticsContext } from "./context";
import type { AnalyticsEvent } from "./record";

/**
 * The analytics rows of a `POST /api/events` batch: page events as sent (time clamped to now,
 * too old ones dropped, like product views), product views too. Empty for a bot or a request
 * without a visitor.
 */
export function analyticsOfBatch(context: AnalyticsContext & { visitorId: string; userId: string | null }, events: (ViewEvent | TrackedEvent)[], now: number): AnalyticsEvent[] {
  if (context.bot) return [];
  return events.flatMap((event): AnalyticsEvent[] => {
    const time = Date.parse(event.type === "product_view" ? event.viewedAt : event.at);
    if (time < now - MAX_VIEW_AGE_MS) return [];
    const base = {
      clientEventId: event.id,
      visitorId: context.visitorId,
      userId: context.userId,
      deviceClass: context.deviceClass,
      installed: event.installed,
      campaign: context.campaign,
      occurredAt: new Date(Math.min(time, now)),
    };
    if (event.type === "product_view") return [{ ...base, type: "product_view" as const, sessionId: context.sessionId, source: cleanSource(event.source) ?? context.source }];
    return [{ ...base, type: event.type, sessionId: event.session ?? context.sessionId, source: context.source, offline: event.offline ?? false, quantity: event.quantity ?? 1 }];
  });
}
