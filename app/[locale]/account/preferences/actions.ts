"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { requireSession } from "@/lib/auth/require";
import { hasSessionCookie } from "@/lib/auth/session-cookie";
import { getDb } from "@/lib/db/client";
import { consentTextFor } from "@/lib/preferences/consent-text";
import { preferencesFromForm } from "@/lib/preferences/form";
import { deleteAccount } from "@/lib/preferences/personal-data";
import { savePreferences, UnknownReferenceError } from "@/lib/preferences/preferences";
import { preferencesSchema } from "@/lib/preferences/shape";
import { PLACE_COOKIE_MAX_AGE, STORE_COOKIE } from "@/lib/stores/shopper-place";

const PAGE = "/account/preferences";

export async function savePreferencesAction(form: FormData): Promise<void> {
  const current = await requireSession(PAGE);
  const parsed = preferencesSchema.safeParse(preferencesFromForm(form));
  if (!parsed.success) redirect(`${PAGE}?status=invalid`);
  const [db, t, locale] = await Promise.all([getDb(), getTranslations("preferences"), getLocale()]);
  try {
    await savePreferences(db, current.user.id, parsed.data, { source: "preference_center", locale, textShown: (subject) => consentTextFor(t, subject) });
  } catch (error) {
    if (error instanceof UnknownReferenceError) redirect(`${PAGE}?status=invalid`);
    throw error;
  }
  // This device's store hint, so cacheable store lists can put the favourite first (docs/engagement.md#using-preferences).
  if (parsed.data.favouriteStore) (await cookies()).set(STORE_COOKIE, parsed.data.favouriteStore, { path: "/", maxAge: PLACE_COOKIE_MAX_AGE, sameSite: "lax" });
  redirect(`${PAGE}?status=saved`);
}

/** Deletes the account after the confirmation box was ticked, then drops the session cookie. */
export async function deleteAccountAction(form: FormData): Promise<void> {
  const current = await requireSession(PAGE);
  if (form.get("confirm") !== "on") redirect(`${PAGE}?status=unconfirmed#delete`);
  await deleteAccount(await getDb(), current.user.id);
  const jar = await cookies();
  for (const cookie of jar.getAll()) if (hasSessionCookie([cookie.name])) jar.delete(cookie.name);
  redirect("/");
}
