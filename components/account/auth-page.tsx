import { Link } from "@/lib/i18n/navigation";
import { localizedRedirect } from "@/lib/i18n/redirect";
import { getTranslations } from "next-intl/server";
import { safeNextPath } from "@/lib/auth/next-path";
import { getCurrentSession } from "@/lib/auth/session";
import { AuthForm } from "./auth-form";
import { authFormTexts } from "./auth-texts";

type Mode = "sign-in" | "register";

/** What differs between /login and /register: the title key, and the page offered instead. */
const PAGES = {
  "sign-in": { title: "signInTitle", other: "/register", otherPrompt: "noAccount", otherLink: "createAccountLink" },
  register: { title: "registerTitle", other: "/login", otherPrompt: "haveAccount", otherLink: "signInLink" },
} as const;

export async function authPageTitle(mode: Mode): Promise<string> {
  return (await getTranslations("account"))(PAGES[mode].title);
}

/**
 * The sign-in and registration pages: a signed-in shopper goes straight on to `next`; otherwise
 * the form, and a link to the other page that keeps `next`.
 */
export async function AuthPage({ mode, next: requested }: { mode: Mode; next: string | string[] | undefined }) {
  const next = safeNextPath(requested);
  if (await getCurrentSession()) return localizedRedirect(next);
  const [t, texts] = await Promise.all([getTranslations("account"), authFormTexts(mode)]);
  const page = PAGES[mode];
  const otherHref = next === "/" ? page.other : `${page.other}?next=${encodeURIComponent(next)}`;
  return (
    <section className="mx-auto flex w-full max-w-md flex-col gap-6" aria-labelledby="auth-title">
      <div>
        <h1 id="auth-title" className="text-3xl font-semibold tracking-tight">
          {t(page.title)}
        </h1>
        <p className="mt-2 text-muted">{t("signInIntro")}</p>
      </div>
      <AuthForm mode={mode} texts={texts} next={next} />
      <p className="text-sm">
        {t(page.otherPrompt)}{" "}
        <Link href={otherHref} className="font-medium underline underline-offset-4">
          {t(page.otherLink)}
        </Link>
      </p>
    </section>
  );
}
