import { cookies } from "next/headers";
import type { NextRequest } from "next/server";
import { touchSession } from "@/lib/auth/activity";
import { getSessionFromHeaders } from "@/lib/auth/session";
import { CartTooLargeError, getAccountCart, putAccountCart, UnknownSkuError } from "@/lib/cart/account-cart";
import { cartPutSchema, normaliseLineTimes } from "@/lib/cart/cart-request";
import { getDb } from "@/lib/db/client";
import { withApiErrors } from "@/lib/http/api-error";
import { readJsonBody } from "@/lib/http/json-body";
import { privateError, privateJson, signedOut } from "@/lib/http/private-response";
import { isVisitorId, VISITOR_COOKIE } from "@/lib/visitor/cookie";

export const dynamic = "force-dynamic";

const plain = (lines: { sku: string; quantity: number; updatedAt: string }[]) => lines.map(({ sku, quantity, updatedAt }) => ({ sku, quantity, updatedAt }));

/** The signed-in shopper's account cart, tombstones (quantity 0) included. */
export const GET = withApiErrors(async (request: NextRequest) => {
  const current = await getSessionFromHeaders(request.headers);
  if (!current) return signedOut();
  const db = await getDb();
  const [lines] = await Promise.all([getAccountCart(db, current.user.id), touchSession(db, current.session.id)]);
  return privateJson({ lines: plain(lines) });
});

/** Merges the device's lines (tombstones included) into the account cart; answers the merged cart. */
export const PUT = withApiErrors(async (request: NextRequest) => {
  const current = await getSessionFromHeaders(request.headers);
  if (!current) return signedOut();
  const body = await readJsonBody(request, cartPutSchema);
  if (!body.ok) return body.response;
  const timed = normaliseLineTimes(body.value.lines, Date.now());
  if ("problem" in timed) return privateError(400, "bad_request", `lines.${timed.problem.index}.updatedAt: ${timed.problem.message}`);
  const visitor = (await cookies()).get(VISITOR_COOKIE)?.value;
  const db = await getDb();
  try {
    const result = await putAccountCart(db, current.user.id, isVisitorId(visitor) ? visitor : current.session.visitorId, timed.lines);
    await touchSession(db, current.session.id);
    return privateJson({ lines: plain(result.lines), changes: result.changes });
  } catch (error) {
    if (error instanceof UnknownSkuError) return privateError(422, "unknown_sku", error.message, { skus: error.skus });
    if (error instanceof CartTooLargeError) return privateError(422, "cart_too_large", error.message);
    throw error;
  }
});
