"use client";

import NextLink from "next/link";
import { useParams, useRouter as useNextRouter } from "next/navigation";
import { type ComponentProps, useMemo } from "react";

type NavigateOptions = Parameters<ReturnType<typeof useNextRouter>["replace"]>[1];
import { localizedPath } from "./paths";

/**
 * Links and the router in the current page's language, from the `[locale]` route segment
 * (useParams): no i18n runtime travels to the browser for them.
 */
export function usePageLocale(): string | undefined {
  const params = useParams<{ locale?: string }>();
  return params?.locale;
}

export function Link({ href, ...props }: Omit<ComponentProps<typeof NextLink>, "href"> & { href: string }) {
  return <NextLink href={localizedPath(href, usePageLocale())} {...props} />;
}

export function useRouter() {
  const router = useNextRouter();
  const locale = usePageLocale();
  return useMemo(
    () => ({
      ...router,
      push: (href: string, options?: NavigateOptions) => router.push(localizedPath(href, locale), options),
      replace: (href: string, options?: NavigateOptions) => router.replace(localizedPath(href, locale), options),
    }),
    [router, locale],
  );
}
