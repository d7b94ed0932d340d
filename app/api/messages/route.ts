import type { NextRequest } from "next/server";
import { getSessionFromHeaders } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { withApiErrors } from "@/lib/http/api-error";
import { privateJson, signedOut } from "@/lib/http/private-response";
import { listMessages } from "@/lib/notifications/message-center";

export const dynamic = "force-dynamic";

/** `GET /api/messages`: the signed-in shopper's message center, newest first (docs/engagement.md#message-center). */
export const GET = withApiErrors(async (request: NextRequest) => {
  const current = await getSessionFromHeaders(request.headers);
  if (!current) return signedOut();
  return privateJson({ messages: await listMessages(await getDb(), current.user.id) });
});
