import type { NextRequest } from "next/server";
import { getLocale, getTranslations } from "next-intl/server";
import { getSessionFromHeaders } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { withApiErrors } from "@/lib/http/api-error";
import { readJsonBody } from "@/lib/http/json-body";
import { privateError, privateJson, signedOut } from "@/lib/http/private-response";
import { consentTextFor } from "@/lib/preferences/consent-text";
import { getPreferences, savePreferences, UnknownReferenceError } from "@/lib/preferences/preferences";
import { preferencesSchema } from "@/lib/preferences/shape";
import { PLACE_COOKIE_MAX_AGE, STORE_COOKIE } from "@/lib/stores/shopper-place";

export const dynamic = "force-dynamic";

/** `GET /api/preferences`: the signed-in shopper's preferences (docs/api.md). */
export const GET = withApiErrors(async (request: NextRequest) => {
  const current = await getSessionFromHeaders(request.headers);
  if (!current) return signedOut();
  return privateJson(await getPreferences(await getDb(), current.user.id));
});

/** `PUT /api/preferences`: replaces them; each change appends a consent record (docs/engagement.md). */
export const PUT = withApiErrors(async (request: NextRequest) => {
  const current = await getSessionFromHeaders(request.headers);
  if (!current) return signedOut();
  const body = await readJsonBody(request, preferencesSchema);
  if (!body.ok) return body.response;
  const [db, t, locale] = await Promise.all([getDb(), getTranslations("preferences"), getLocale()]);
  try {
    await savePreferences(db, current.user.id, body.value, { source: "api", locale, textShown: (subject) => consentTextFor(t, subject) });
  } catch (error) {
    if (error instanceof UnknownReferenceError) return privateError(422, error.code, error.message);
    throw error;
  }
  const response = privateJson(body.value);
  // This device's store hint (docs/engagement.md#using-preferences).
  if (body.value.favouriteStore) response.cookies.set(STORE_COOKIE, body.value.favouriteStore, { path: "/", maxAge: PLACE_COOKIE_MAX_AGE, sameSite: "lax" });
  return response;
});
