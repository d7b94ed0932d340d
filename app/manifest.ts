import type { MetadataRoute } from "next";
import { getLocale, getTranslations } from "next-intl/server";

/** /manifest.webmanifest: makes the storefront installable (icons from scripts/make-icons.mjs). */
export default async function manifest(): Promise<MetadataRoute.Manifest> {
  const [t, site, locale] = await Promise.all([getTranslations("pwa"), getTranslations("site"), getLocale()]);
  return {
    id: "/",
    name: `${site("name")} — ${site("tagline")}`,
    short_name: site("name"),
    description: t("manifestDescription"),
    start_url: "/",
    scope: "/",
    display: "standalone",
    orientation: "portrait",
    background_color: "#fafaf9",
    theme_color: "#9a3412",
    lang: locale,
    categories: ["shopping"],
    icons: [
      { src: "/icons/icon-192.png", sizes: "192x192", type: "image/png", purpose: "any" },
      { src: "/icons/icon-512.png", sizes: "512x512", type: "image/png", purpose: "any" },
      { src: "/icons/icon-maskable-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
    ],
    shortcuts: [
      { name: t("shortcutSearch"), url: "/search", icons: [{ src: "/icons/icon-192.png", sizes: "192x192" }] },
      { name: t("shortcutCart"), url: "/cart", icons: [{ src: "/icons/icon-192.png", sizes: "192x192" }] },
    ],
  };
}
