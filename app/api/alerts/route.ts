import type { NextRequest } from "next/server";
import { z } from "zod";
import { getSessionUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { apiError, withApiErrors } from "@/lib/http/api-error";
import { clientAddress } from "@/lib/http/forwarded";
import { readJsonBody } from "@/lib/http/json-body";
import { privateJson, signedOut } from "@/lib/http/private-response";
import { tooManyRequests } from "@/lib/http/rate-limited";
import { LOCALE_COOKIE, pickLocale } from "@/lib/i18n/locale";
import { consumeLimits } from "@/lib/limits/limiter";
import { createAlert } from "@/lib/notifications/alerts";
import { emailSchema, skuSchema, storeSlugSchema } from "@/lib/orders/order-request";

export const dynamic = "force-dynamic";

const alertSchema = z
  .object({
    sku: skuSchema,
    store: storeSlugSchema.optional(),
    channel: z.enum(["push", "email"]),
    email: emailSchema.optional(),
  })
  .strict();

/**
 * `POST /api/alerts`: "Prévenez-moi" (docs/engagement.md#back-in-stock-alerts). 201 `{"id"}`
 * (200 with the open one when asked twice); push needs an account, e-mail needs an address
 * (the account's when signed in). 404 unknown SKU or store, 409 `in_stock`, 429 too many.
 */
export const POST = withApiErrors(async (request: NextRequest) => {
  const body = await readJsonBody(request, alertSchema, 4096);
  if (!body.ok) return body.response;
  const user = await getSessionUser();
  if (body.value.channel === "push" && !user) return signedOut();
  const email = user ? null : (body.value.email ?? null);
  if (!user && !email) return apiError(400, "bad_request", "email: is required when not signed in");
  if (email) {
    // A guest's alert ends in one mail to an address anyone can type: the mail caps apply (docs/security.md).
    const client = clientAddress(request.headers);
    const limit = await consumeLimits([
      ["mailsPerClient", client],
      ["mailsPerRecipient", email],
    ]);
    if (!limit.ok) return tooManyRequests(limit.retryAfterSeconds);
  }
  const locale = pickLocale(request.cookies.get(LOCALE_COOKIE)?.value, request.headers.get("accept-language"));
  const result = await createAlert(await getDb(), { ...body.value, userId: user?.id ?? null, email, locale });
  if (!result.ok) return apiError(result.status, result.code, result.message);
  return privateJson({ id: result.id }, { status: result.created ? 201 : 200 });
});
