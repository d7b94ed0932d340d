import type { NextRequest } from "next/server";
import { getSessionFromHeaders } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { withApiErrors } from "@/lib/http/api-error";
import { readJsonBody } from "@/lib/http/json-body";
import { privateError, privateJson, signedOut } from "@/lib/http/private-response";
import { deleteSubscription, saveSubscription, subscriptionSchema, unsubscribeSchema } from "@/lib/notifications/subscriptions";

export const dynamic = "force-dynamic";

/**
 * `POST /api/push/subscriptions`: keeps this browser's push subscription for the signed-in
 * shopper, 201. The endpoint must be on a known push service (docs/engagement.md#web-push).
 */
export const POST = withApiErrors(async (request: NextRequest) => {
  const current = await getSessionFromHeaders(request.headers);
  if (!current) return signedOut();
  const body = await readJsonBody(request, subscriptionSchema, 4096);
  if (!body.ok) return body.response;
  await saveSubscription(await getDb(), current.user.id, body.value);
  return privateJson({ endpoint: body.value.endpoint }, { status: 201 });
});

/** `DELETE /api/push/subscriptions` `{"endpoint"}`: forgets it, 204; 404 when the shopper has no such subscription. */
export const DELETE = withApiErrors(async (request: NextRequest) => {
  const current = await getSessionFromHeaders(request.headers);
  if (!current) return signedOut();
  const body = await readJsonBody(request, unsubscribeSchema, 4096);
  if (!body.ok) return body.response;
  if (!(await deleteSubscription(await getDb(), current.user.id, body.value.endpoint))) return privateError(404, "not_found", "No such subscription for this account.");
  return new Response(null, { status: 204, headers: { "Cache-Control": "private, no-store" } });
});
