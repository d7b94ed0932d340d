import type { NextRequest } from "next/server";
import { analyticsContext } from "@/lib/analytics/context";
import { analyticsOfBatch } from "@/lib/analytics/from-request";
import { recordAnalytics } from "@/lib/analytics/record";
import { touchSession } from "@/lib/auth/activity";
import { getSessionFromHeaders } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { withApiErrors } from "@/lib/http/api-error";
import { clientAddress, isHttps } from "@/lib/http/forwarded";
import { readJsonBody } from "@/lib/http/json-body";
import { tooManyRequests } from "@/lib/http/rate-limited";
import { consumeLimit } from "@/lib/limits/limiter";
import { privateJson } from "@/lib/http/private-response";
import { eventsBatchSchema, recordViews, type ViewEvent } from "@/lib/history/events";
import { cleanSource, newVisitorId, SOURCE_COOKIE, VISITOR_COOKIE, VISITOR_MAX_AGE } from "@/lib/visitor/cookie";
import { visitorOfRequest } from "@/lib/visitor/request";

export const dynamic = "force-dynamic";

/**
 * A batch of events (live or queued offline): product views `{id,type:"product_view",product,sku?,viewedAt,installed,source?}`
 * and page events `{id,type,at,installed,offline?,session?,quantity?}` (docs/back-office.md). Bots are answered but not counted.
 */
export const POST = withApiErrors(async (request: NextRequest) => {
  const limit = await consumeLimit("eventBatchesPerClient", clientAddress(request.headers));
  if (!limit.ok) return tooManyRequests(limit.retryAfterSeconds);
  const body = await readJsonBody(request, eventsBatchSchema);
  if (!body.ok) return body.response;
  const visitor = visitorOfRequest(request);
  const db = await getDb();
  const current = await getSessionFromHeaders(request.headers);
  // Pages set no cookie (they are cached, docs/scaling.md): the browser gets its visitor cookie
  // here, and the campaign it arrived from (the first event naming one) for the browser session.
  const visitorId = visitor.visitorId ?? newVisitorId();
  const now = Date.now();
  const views = body.value.events.filter((event): event is ViewEvent => event.type === "product_view");
  const arrivedFrom = views.map((event) => cleanSource(event.source)).find((source) => source !== null) ?? null;
  const result = views.length
    ? await recordViews(db, { visitorId, userId: current?.user.id ?? null, ...visitor.hints, sessionSource: cleanSource(visitor.source) ?? arrivedFrom, now }, views)
    : { recorded: 0, skipped: 0 };
  const context = analyticsContext((name) => request.cookies.get(name)?.value, (name) => request.headers.get(name));
  await recordAnalytics(db, analyticsOfBatch({ ...context, visitorId, userId: current?.user.id ?? null }, body.value.events, now));
  if (current) await touchSession(db, current.session.id);
  const response = privateJson(result, { status: 202 });
  if (!visitor.visitorId) {
    response.cookies.set(VISITOR_COOKIE, visitorId, {
      httpOnly: true,
      sameSite: "lax",
      secure: isHttps(request.headers),
      path: "/",
      maxAge: VISITOR_MAX_AGE,
    });
  }
  if (arrivedFrom && arrivedFrom !== visitor.source) {
    response.cookies.set(SOURCE_COOKIE, arrivedFrom, { httpOnly: true, sameSite: "lax", secure: isHttps(request.headers), path: "/" });
  }
  return response;
});
