import type { NextRequest } from "next/server";
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
