import type { NextRequest } from "next/server";
import { attributionFrom, type Attribution } from "../campaigns/touch";
import { isVisitorId, SOURCE_COOKIE, VISITOR_COOKIE } from "./cookie";
import type { DeviceHints } from "./device";

/** The visitor cookie, device hints and campaign of a route handler's request. */
export function visitorOfRequest(request: NextRequest): { visitorId: string | null; hints: DeviceHints; source: string | null } {
  const visitor = request.cookies.get(VISITOR_COOKIE)?.value;
  return {
    visitorId: isVisitorId(visitor) ? visitor : null,
    hints: {
      userAgent: request.headers.get("user-agent"),
      chMobile: request.headers.get("sec-ch-ua-mobile"),
      chPlatform: request.headers.get("sec-ch-ua-platform"),
    },
    source: request.cookies.get(SOURCE_COOKIE)?.value ?? null,
  };
}

/** The shopper's language and campaign touches, copied onto an order or reservation (docs/back-office.md). */
export function attributionOfRequest(request: NextRequest): Attribution {
  return attributionFrom((name) => request.cookies.get(name)?.value, request.headers.get("accept-language"));
}
