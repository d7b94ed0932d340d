"use client";

import NextLink from "next/link";
import { useParams, useRouter as useNextRouter } from "next/navigation";
import { type ComponentProps, useMemo, useState } from "react";

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

/**
 * Prefetches on intent (pointer over it, touch, keyboard focus) rather than when it scrolls into
 * view: the header alone holds a dozen links, and decoding their prefetched pages right after
 * hydration made a dozen long tasks on a slow phone (docs/benchmarks.md, run 14). Cached pages and
 * the service worker keep the navigation fast without it. An explicit `prefetch` wins.
 */
export function Link({ href, prefetch, onPointerEnter, onTouchStart, onFocus, ...props }: Omit<ComponentProps<typeof NextLink>, "href"> & { href: string }) {
  const [intent, setIntent] = useState(false);
  const wanted = () => setIntent(true);
  return (
    <NextLink
      href={localizedPath(href, usePageLocale())}
      prefetch={prefetch !== undefined ? prefetch : intent ? null : false}
      onPointerEnter={(event) => {
        onPointerEnter?.(event);
        wanted();
      }}
      onTouchStart={(event) => {
        onTouchStart?.(event);
        wanted();
      }}
      onFocus={(event) => {
        onFocus?.(event);
        wanted();
      }}
      {...props}
    />
  );
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
