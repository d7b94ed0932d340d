import "server-only";
import { redirect } from "next/navigation";
import { getLocale } from "next-intl/server";
import { localizedPath } from "./paths";

/** A server redirect to `href` in the current page's language (`/en/…` for English). */
export async function localizedRedirect(href: string): Promise<never> {
  redirect(localizedPath(href, await getLocale()));
}
