import { NextResponse, type NextRequest } from "next/server";
import { getTranslations } from "next-intl/server";
import { getSessionFromHeaders } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { notFoundError, withApiErrors } from "@/lib/http/api-error";
import { PRIVATE_NO_STORE, privateError, signedOut } from "@/lib/http/private-response";
import { siteUrl } from "@/lib/http/site-url";
import { loyaltySummary } from "@/lib/loyalty/loyalty";
import { appleWalletConfig, buildApplePass } from "@/lib/loyalty/wallet/apple";
import { googleSaveUrl, googleWalletConfig } from "@/lib/loyalty/wallet/google";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ provider: string }> };

/**
 * `GET /api/loyalty/wallet/apple`: the signed-in shopper's card as a `.pkpass`;
 * `GET /api/loyalty/wallet/google`: a redirect to Google Wallet's save link (docs/api.md#loyalty).
 * 404 `wallet_not_configured` while the retailer has not set that wallet up.
 */
export const GET = withApiErrors(async (request: NextRequest, { params }: Context) => {
  const { provider } = await params;
  if (provider !== "apple" && provider !== "google") return notFoundError("Wallet");
  const apple = provider === "apple" ? appleWalletConfig() : null;
  const google = provider === "google" ? googleWalletConfig() : null;
  if (!apple && !google) return privateError(404, "wallet_not_configured", `${provider === "apple" ? "Apple" : "Google"} Wallet is not set up on this shop.`);
  const current = await getSessionFromHeaders(request.headers);
  if (!current) return signedOut();
  const [summary, t] = await Promise.all([getDb().then((db) => loyaltySummary(db, current.user.id)), getTranslations("loyalty")]);
  const tierName = t(`tier.${summary.tier}`);
  if (apple) {
    const pass = buildApplePass(apple, {
      cardNumber: summary.cardNumber,
      points: summary.points,
      labels: { description: t("programme"), points: t("pointsLabel"), tier: t("tierLabel"), tierName, cardNumber: t("cardNumber") },
    });
    return new NextResponse(new Uint8Array(pass), {
      headers: { "Content-Type": "application/vnd.apple.pkpass", "Content-Disposition": 'attachment; filename="vitrine.pkpass"', "Cache-Control": PRIVATE_NO_STORE },
    });
  }
  const url = await googleSaveUrl(google!, { cardNumber: summary.cardNumber, points: summary.points, tierName }, new URL(siteUrl()).origin);
  const response = NextResponse.redirect(url, 303);
  response.headers.set("Cache-Control", PRIVATE_NO_STORE);
  return response;
});
