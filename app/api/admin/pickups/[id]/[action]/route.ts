import type { NextRequest } from "next/server";
import { z } from "zod";
import { movePickup } from "@/lib/admin/pickups";
import { getDb } from "@/lib/db/client";
import { apiError, notFoundError, withApiErrors } from "@/lib/http/api-error";
import { privateJson } from "@/lib/http/private-response";
import { staffOfRequest } from "@/lib/http/staff-guard";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string; action: string }> };
const actionSchema = z.enum(["ready", "collected", "cancel"]);

/**
 * The pickup desk's moves (docs/back-office.md): `POST …/ready` (the shopper is told: push, else e-mail, docs/engagement.md),
 * `…/collected`, `…/cancel` (units back on sale). 200 `{"kind","state"}`; 404 for an id the
 * member's store does not have; 409 `wrong_state` when the move no longer applies.
 */
export const POST = withApiErrors(async (request: NextRequest, { params }: Context) => {
  const staff = await staffOfRequest(request);
  if (!staff.ok) return staff.response;
  const { id, action } = await params;
  const move = actionSchema.safeParse(action);
  if (!move.success) return notFoundError("Action");
  const db = await getDb();
  const result = await movePickup(db, staff.member, id.slice(0, 64), move.data);
  if (!result.ok) {
    if (result.reason === "not_found") return notFoundError("Pickup");
    return apiError(409, "wrong_state", `This pickup is ${result.state}; it cannot be marked ${move.data}.`, { state: result.state });
  }
  return privateJson({ kind: result.kind, state: result.state });
});
