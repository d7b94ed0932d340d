"use client";

import { useState } from "react";
import { FieldError } from "@/components/ui/field-error";
import { useFieldErrors, type FieldErrorTexts } from "@/components/ui/use-field-errors";
import { continueAfterSignIn, registerWithPassword, signInWithPasskey, signInWithPassword, type AuthFailure } from "@/lib/auth/browser";
import { rememberWelcome } from "@/lib/auth/welcome";

export interface AuthFormTexts {
  email: string;
  password: string;
  name?: string;
  passwordHint?: string;
  submit: string;
  submitting: string;
  passkey?: string;
  passkeyFailed?: string;
  or?: string;
  failures: Record<AuthFailure, string>;
  validation: FieldErrorTexts;
}

/**
 * The sign-in and registration form. Errors are announced (role=alert) and tied to the form;
 * after success the device's cart is merged into the account cart before moving on.
 */
export function AuthForm({ mode, texts, next }: { mode: "sign-in" | "register"; texts: AuthFormTexts; next: string }) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const { errors, check, describe, errorId } = useFieldErrors("auth", texts.validation);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!check(event.currentTarget)) return;
    const form = new FormData(event.currentTarget);
    const email = String(form.get("email") ?? "").trim();
    const password = String(form.get("password") ?? "");
    setBusy(true);
    setError(null);
    const failure =
      mode === "sign-in" ? await signInWithPassword(email, password) : await registerWithPassword(String(form.get("name") ?? "").trim(), email, password);
    if (failure) {
      setError(texts.failures[failure]);
      setBusy(false);
      return;
    }
    if (mode === "register") rememberWelcome(String(form.get("name") ?? "").trim());
    await continueAfterSignIn(next);
  }

  async function onPasskey() {
    setBusy(true);
    setError(null);
    const ok = await signInWithPasskey().catch(() => false);
    if (!ok) {
      setError(texts.passkeyFailed ?? texts.failures.other);
      setBusy(false);
      return;
    }
    await continueAfterSignIn(next);
  }

  const field = "w-full rounded-md border border-stone-400 px-3 py-2";
  return (
    <div className="flex flex-col gap-4">
      <form onSubmit={onSubmit} className="flex flex-col gap-4" aria-describedby={error ? "auth-error" : undefined} noValidate>
        {mode === "register" && (
          <p className="flex flex-col gap-1">
            <label htmlFor="auth-name" className="font-medium">
              {texts.name}
            </label>
            <input id="auth-name" name="name" autoComplete="name" required maxLength={100} className={field} {...describe("name")} />
            <FieldError id={errorId("name")} message={errors.name} />
          </p>
        )}
        <p className="flex flex-col gap-1">
          <label htmlFor="auth-email" className="font-medium">
            {texts.email}
          </label>
          <input id="auth-email" name="email" type="email" autoComplete={mode === "sign-in" ? "username webauthn" : "email"} required maxLength={254} className={field} {...describe("email")} />
          <FieldError id={errorId("email")} message={errors.email} />
        </p>
        <p className="flex flex-col gap-1">
          <label htmlFor="auth-password" className="font-medium">
            {texts.password}
          </label>
          <input
            id="auth-password"
            name="password"
            type="password"
            autoComplete={mode === "sign-in" ? "current-password" : "new-password"}
            required
            minLength={mode === "register" ? 8 : undefined}
            maxLength={128}
            className={field}
            {...describe("password", texts.passwordHint ? "auth-password-hint" : undefined)}
          />
          <FieldError id={errorId("password")} message={errors.password} />
          {texts.passwordHint && (
            <span id="auth-password-hint" className="text-sm text-muted">
              {texts.passwordHint}
            </span>
          )}
        </p>
        {error && (
          <p id="auth-error" role="alert" className="rounded-md border border-red-700 bg-red-50 px-3 py-2 text-sm text-red-800">
            {error}
          </p>
        )}
        <button type="submit" disabled={busy} className="rounded-md bg-ink px-5 py-3 font-semibold text-white disabled:opacity-60">
          {busy ? texts.submitting : texts.submit}
        </button>
      </form>
      {texts.passkey && (
        <>
          <p className="text-center text-sm text-muted">{texts.or}</p>
          <button type="button" onClick={onPasskey} disabled={busy} className="rounded-md border border-ink px-5 py-3 font-semibold disabled:opacity-60">
            {texts.passkey}
          </button>
        </>
      )}
    </div>
  );
}
