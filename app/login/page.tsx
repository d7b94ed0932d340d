import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AuthForm } from "@/components/account/auth-form";
import { authFormTexts } from "@/components/account/auth-texts";
import { safeNextPath } from "@/lib/auth/next-path";
import { getCurrentSession } from "@/lib/auth/session";

type Props = { searchParams: Promise<{ next?: string | string[] }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("account");
  return { title: t("signInTitle"), robots: { index: false } };
}

export default async function LoginPage({ searchParams }: Props) {
  const next = safeNextPath((await searchParams).next);
  if (await getCurrentSession()) redirect(next);
  const [t, texts] = await Promise.all([getTranslations("account"), authFormTexts("sign-in")]);
  const registerHref = next === "/" ? "/register" : `/register?next=${encodeURIComponent(next)}`;
  return (
    <section className="mx-auto flex w-full max-w-md flex-col gap-6" aria-labelledby="login-title">
      <div>
        <h1 id="login-title" className="text-3xl font-semibold tracking-tight">
          {t("signInTitle")}
        </h1>
        <p className="mt-2 text-muted">{t("signInIntro")}</p>
      </div>
      <AuthForm mode="sign-in" texts={texts} next={next} />
      <p className="text-sm">
        {t("noAccount")}{" "}
        <Link href={registerHref} className="font-medium underline underline-offset-4">
          {t("createAccountLink")}
        </Link>
      </p>
    </section>
  );
}
