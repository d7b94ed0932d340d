import "server-only";
import { getLocale } from "next-intl/server";
import { redirect } from "./navigation";

/** A server redirect to `href` in the current page's language (`/en/…` for English). */
export async function localizedRedirect(href: string): Promise<never> {
  return redirect({ href, locale: await getLocale() });
}
