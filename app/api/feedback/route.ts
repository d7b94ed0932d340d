import type { NextRequest } from "next/server";
import { getLocale } from "next-intl/server";
import { getSessionFromHeaders } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { withApiErrors } from "@/lib/http/api-error";
import { clientAddress } from "@/lib/http/forwarded";
import { readJsonBody } from "@/lib/http/json-body";
import { privateError, privateJson } from "@/lib/http/private-response";
import { tooManyRequests } from "@/lib/http/rate-limited";
import { consumeLimit } from "@/lib/limits/limiter";
import { answeredRecently, feedbackSchema, recordFeedback } from "@/lib/prompts/feedback";

export const dynamic = "force-dynamic";

/**
 * `GET /api/feedback`: `{"due":bool}`, whether the satisfaction question may be asked
 * (docs/engagement.md#satisfaction-question). Signed out, the device decides (localStorage): true.
 */
export const GET = withApiErrors(async (request: NextRequest) => {
  const current = await getSessionFromHeaders(request.headers);
  return privateJson({ due: current ? !(await answeredRecently(await getDb(), current.user.id)) : true });
});

/** `POST /api/feedback` `{"liked","moment","message"?}`: 201, 409 already_answered, 429 over the cap. */
export const POST = withApiErrors(async (request: NextRequest) => {
  const body = await readJsonBody(request, feedbackSchema, 8 * 1024);
  if (!body.ok) return body.response;
  const limit = await consumeLimit("feedbackPerClient", clientAddress(request.headers));
  if (!limit.ok) return tooManyRequests(limit.retryAfterSeconds);
  const [current, locale] = await Promise.all([getSessionFromHeaders(request.headers), getLocale()]);
  const result = await recordFeedback(await getDb(), { ...body.value, userId: current?.user.id ?? null, locale });
  if (!result.ok) return privateError(409, "already_answered", "This account already answered within the last 90 days.");
  return privateJson({ ok: true }, { status: 201 });
});
