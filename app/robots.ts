import type { MetadataRoute } from "next";
import { siteUrl } from "@/lib/http/site-url";

export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: "*", allow: "/", disallow: ["/api/", "/account", "/checkout", "/cart", "/admin", "/search"] },
    sitemap: `${siteUrl()}/sitemap.xml`,
  };
}
