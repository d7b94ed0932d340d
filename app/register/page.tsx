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
  return { title: t("registerTitle"), robots: { index: false } };
}

export default async function RegisterPage({ searchParams }: Props) {
  const next = safeNextPath((await searchParams).next);
  if (await getCurrentSession()) redirect(next);
  const [t, texts] = await Promise.all([getTranslations("account"), authFormTexts("register")]);
  const loginHref = next === "/" ? "/login" : `/login?next=${encodeURIComponent(next)}`;
  return (
    <section className="mx-auto flex w-full max-w-md flex-col gap-6" aria-labelledby="register-title">
      <div>
        <h1 id="register-title" className="text-3xl font-semibold tracking-tight">
          {t("registerTitle")}
        </h1>
        <p className="mt-2 text-muted">{t("signInIntro")}</p>
      </div>
      <AuthForm mode="register" texts={texts} next={next} />
      <p className="text-sm">
        {t("haveAccount")}{" "}
        <Link href={loginHref} className="font-medium underline underline-offset-4">
          {t("signInLink")}
        </Link>
      </p>
    </section>
  );
}
