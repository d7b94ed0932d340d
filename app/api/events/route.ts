import type { NextRequest } from "next/server";
import { touchSession } from "@/lib/auth/activity";
import { getSessionFromHeaders } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { withApiErrors } from "@/lib/http/api-error";
import { clientAddress, isHttps } from "@/lib/http/forwarded";
import { readJsonBody } from "@/lib/http/json-body";
import { tooManyRequests } from "@/lib/http/rate-limited";
import { consumeLimit } from "@/lib/limits/limiter";
import { privateJson } from "@/lib/http/private-response";
import { eventsBatchSchema, recordViews } from "@/lib/history/events";
import { cleanSource, newVisitorId, SOURCE_COOKIE, VISITOR_COOKIE, VISITOR_MAX_AGE } from "@/lib/visitor/cookie";
import { visitorOfRequest } from "@/lib/visitor/request";

export const dynamic = "force-dynamic";

/** A batch of product views (live or queued offline): `{"events":[{id,type:"product_view",product,sku?,viewedAt,installed,source?}]}`. */
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
  const arrivedFrom = body.value.events.map((event) => cleanSource(event.source)).find((source) => source !== null) ?? null;
  const result = await recordViews(
    db,
    { visitorId, userId: current?.user.id ?? null, ...visitor.hints, sessionSource: cleanSource(visitor.source) ?? arrivedFrom, now: Date.now() },
    body.value.events,
  );
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
    response.cookies.set(SOURCE_COOKIE, arrivedFrom, { httpOnly: true, sameSite: "lax", secure: request.nextUrl.protocol === "https:", path: "/" });
  }
  return response;
});
