import type { NextRequest } from "next/server";
import { campaignInputSchema, createCampaign } from "@/lib/campaigns/campaigns";
import { getDb } from "@/lib/db/client";
import { apiError, withApiErrors } from "@/lib/http/api-error";
import { readJsonBody } from "@/lib/http/json-body";
import { privateJson } from "@/lib/http/private-response";
import { staffOfRequest } from "@/lib/http/staff-guard";

export const dynamic = "force-dynamic";

const REFUSALS = {
  slug_taken: [409, "A campaign with this slug exists."],
  unknown_category: [400, "No such category."],
  unknown_products: [400, "One of the products does not exist."],
} as const;

/** Creates a campaign landing (docs/back-office.md): 201 `{"slug"}`. */
export const POST = withApiErrors(async (request: NextRequest) => {
  const staff = await staffOfRequest(request);
  if (!staff.ok) return staff.response;
  const body = await readJsonBody(request, campaignInputSchema);
  if (!body.ok) return body.response;
  const result = await createCampaign(await getDb(), body.value);
  if (!result.ok) return apiError(REFUSALS[result.reason][0], result.reason, REFUSALS[result.reason][1]);
  return privateJson({ slug: body.value.slug }, { status: 201 });
});
