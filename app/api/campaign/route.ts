import type { NextRequest } from "next/server";
import { z } from "zod";
import { campaignLanding, matchCampaign } from "@/lib/campaigns/campaigns";
import { decodeTouch, encodeTouch, FIRST_TOUCH_COOKIE, FIRST_TOUCH_MAX_AGE, LAST_TOUCH_COOKIE } from "@/lib/campaigns/touch";
import { getDb } from "@/lib/db/client";
import { withApiErrors } from "@/lib/http/api-error";
import { readJsonBody } from "@/lib/http/json-body";
import { privateJson } from "@/lib/http/private-response";
import { cleanSource } from "@/lib/visitor/cookie";

export const dynamic = "force-dynamic";

const touchSchema = z.object({ source: z.string().max(200).nullish(), campaign: z.string().max(200).nullish() }).strict();

/** The campaign this browser session arrived with (last-touch cookie), for the banner and the home landing. */
export const GET = withApiErrors(async (request: NextRequest) => {
  const slug = decodeTouch(request.cookies.get(LAST_TOUCH_COOKIE)?.value)?.slug;
  return privateJson({ campaign: slug ? await campaignLanding(await getDb(), slug) : null });
});

/**
 * A page opened with utm parameters: records the touch (first touch kept 30 days, last touch
 * for the browser session) and answers the matching campaign's landing, or null (docs/back-office.md).
 */
export const POST = withApiErrors(async (request: NextRequest) => {
  const body = await readJsonBody(request, touchSchema, 2048);
  if (!body.ok) return body.response;
  const source = cleanSource(body.value.source);
  const campaign = cleanSource(body.value.campaign);
  if (!source && !campaign) return privateJson({ campaign: null });
  const db = await getDb();
  const slug = await matchCampaign(db, { source, campaign });
  const touch = encodeTouch({ source, campaign, slug });
  const response = privateJson({ campaign: slug ? await campaignLanding(db, slug) : null });
  const options = { sameSite: "lax" as const, secure: request.nextUrl.protocol === "https:", path: "/" };
  response.cookies.set(LAST_TOUCH_COOKIE, touch, options);
  if (!decodeTouch(request.cookies.get(FIRST_TOUCH_COOKIE)?.value)) response.cookies.set(FIRST_TOUCH_COOKIE, touch, { ...options, maxAge: FIRST_TOUCH_MAX_AGE });
  return response;
});
