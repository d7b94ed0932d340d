import { isbot } from "isbot";
import { decodeTouch, LAST_TOUCH_COOKIE } from "../campaigns/touch";
import { cleanSource, isVisitorId, SESSION_COOKIE, SOURCE_COOKIE, VISITOR_COOKIE } from "../visitor/cookie";
import { deviceClass, type DeviceClass } from "../visitor/device";

/**
 * Who an analytics event is about, from the request (docs/back-office.md): the visitor cookie,
 * the browser session the page island started (`vitrine_sess` = `id.installed`), the device
 * class from User-Agent and client hints, the campaign touch. Bots (isbot) are not counted.
 * Pure: route handlers and server actions pass their cookie and header getters.
 */
const SESSION_VALUE = /^([A-Za-z0-9_-]{8,64})\.([01])$/;

export interface AnalyticsContext {
  visitorId: string | null;
  sessionId: string | null;
  installed: boolean;
  deviceClass: DeviceClass;
  source: string | null;
  campaign: string | null;
  bot: boolean;
}

export function analyticsContext(cookie: (name: string) => string | undefined, header: (name: string) => string | null): AnalyticsContext {
  const userAgent = header("user-agent");
  const session = cookie(SESSION_COOKIE)?.match(SESSION_VALUE);
  const touch = decodeTouch(cookie(LAST_TOUCH_COOKIE));
  const visitor = cookie(VISITOR_COOKIE);
  return {
    visitorId: isVisitorId(visitor) ? visitor : null,
    sessionId: session?.[1] ?? null,
    installed: session?.[2] === "1",
    deviceClass: deviceClass({ userAgent, chMobile: header("sec-ch-ua-mobile") }),
    source: touch?.source ?? cleanSource(cookie(SOURCE_COOKIE)),
    campaign: touch?.slug ?? null,
    bot: !userAgent || isbot(userAgent),
  };
}
