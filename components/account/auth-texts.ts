import "server-only";
import { getTranslations } from "next-intl/server";
import type { AuthFailure } from "@/lib/auth/browser";
import { fieldErrorTexts } from "@/components/ui/field-error-texts";
import type { AuthFormTexts } from "./auth-form";

/** The auth form's texts, resolved on the server (no message catalogue goes to the browser). */
export async function authFormTexts(mode: "sign-in" | "register"): Promise<AuthFormTexts> {
  const [t, validation] = await Promise.all([getTranslations("account"), fieldErrorTexts()]);
  const failures: Record<AuthFailure, string> = {
    invalid_credentials: t("invalidCredentials"),
    too_many: t("tooManyAttempts"),
    too_short: t("passwordTooShort"),
    too_long: t("passwordTooLong"),
    too_common: t("passwordTooCommon"),
    email_taken: t("emailTaken"),
    invalid_email: t("invalidEmail"),
    offline: t("offline"),
    other: t("genericError"),
  };
  const common = { email: t("email"), password: t("password"), submitting: t("submitting"), failures, validation };
  return mode === "sign-in"
    ? { ...common, submit: t("signIn"), passkey: t("signInWithPasskey"), passkeyFailed: t("passkeyFailed"), or: t("or") }
    : { ...common, name: t("name"), passwordHint: t("passwordHint"), submit: t("register") };
}
