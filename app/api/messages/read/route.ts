import type { NextRequest } from "next/server";
import { getSessionFromHeaders } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { withApiErrors } from "@/lib/http/api-error";
import { readJsonBody } from "@/lib/http/json-body";
import { privateJson, signedOut } from "@/lib/http/private-response";
import { markMessagesRead, markReadSchema } from "@/lib/notifications/message-center";

export const dynamic = "force-dynamic";

/** `POST /api/messages/read` `{"ids":[…]}`: marks them read for every device; `{"changed":n}`. */
export const POST = withApiErrors(async (request: NextRequest) => {
  const current = await getSessionFromHeaders(request.headers);
  if (!current) return signedOut();
  const body = await readJsonBody(request, markReadSchema, 8192);
  if (!body.ok) return body.response;
  return privateJson({ changed: await markMessagesRead(await getDb(), current.user.id, body.value.ids) });
});
