/// <reference lib="webworker" />
import * as z from "zod/mini";

/**
 * What the server sends in a push (lib/notifications/payload.ts). The URL must be a path of this
 * site: a notification never opens another origin.
 */
const pushPayload = z.object({
  title: z.string().check(z.minLength(1), z.maxLength(300)),
  body: z.string().check(z.maxLength(4000)),
  url: z.string().check(z.regex(/^\/(?!\/)/)),
  tag: z.string().check(z.maxLength(200)),
});

export type PushPayload = z.infer<typeof pushPayload>;

export function parsePushPayload(data: PushMessageData | null): PushPayload | null {
  if (!data) return null;
  try {
    const parsed = pushPayload.safeParse(data.json());
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/**
 * `push`: shows the message as a notification (docs/engagement.md#web-push). A push must always
 * show one (iOS revokes subscriptions that push silently), so an unreadable payload still shows
 * the shop's name and opens the home page.
 */
export function handlePush(worker: ServiceWorkerGlobalScope, event: PushEvent): void {
  const payload = parsePushPayload(event.data) ?? { title: "Vitrine", body: "", url: "/", tag: "vitrine" };
  event.waitUntil(
    worker.registration.showNotification(payload.title, {
      body: payload.body,
      tag: payload.tag,
      icon: "/icons/icon-192.png",
      badge: "/icons/icon-192.png",
      data: { url: payload.url },
    }),
  );
}
