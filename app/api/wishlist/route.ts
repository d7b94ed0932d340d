import type { NextRequest } from "next/server";
import { z } from "zod";
import { getSessionFromHeaders } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { zodMessage, withApiErrors } from "@/lib/http/api-error";
import { readJsonBody } from "@/lib/http/json-body";
import { privateError, privateJson, signedOut } from "@/lib/http/private-response";
import { addToWishlist, isInWishlist, removeFromWishlist } from "@/lib/wishlist/wishlist";

export const dynamic = "force-dynamic";

const productSchema = z.object({ product: z.string().min(1).max(200) }).strict();

/** `GET /api/wishlist?product=slug` → `{"saved":bool}` for the product page's button. */
export const GET = withApiErrors(async (request: NextRequest) => {
  const current = await getSessionFromHeaders(request.headers);
  if (!current) return signedOut();
  const parsed = productSchema.safeParse({ product: request.nextUrl.searchParams.get("product") ?? "" });
  if (!parsed.success) return privateError(400, "bad_request", zodMessage(parsed.error));
  return privateJson({ saved: await isInWishlist(await getDb(), current.user.id, parsed.data.product) });
});

/** `POST {"product":slug}` adds, `DELETE {"product":slug}` removes. */
export const POST = withApiErrors(async (request: NextRequest) => {
  const current = await getSessionFromHeaders(request.headers);
  if (!current) return signedOut();
  const body = await readJsonBody(request, productSchema);
  if (!body.ok) return body.response;
  if (!(await addToWishlist(await getDb(), current.user.id, body.value.product))) return privateError(404, "not_found", "product not found");
  return privateJson({ saved: true });
});

export const DELETE = withApiErrors(async (request: NextRequest) => {
  const current = await getSessionFromHeaders(request.headers);
  if (!current) return signedOut();
  const body = await readJsonBody(request, productSchema);
  if (!body.ok) return body.response;
  await removeFromWishlist(await getDb(), current.user.id, body.value.product);
  return privateJson({ saved: false });
});
