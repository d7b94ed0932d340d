"use client";

import NextLink from "next/link";
import { useEffect, useState } from "react";
import { signedInHint } from "@/lib/auth/signed-in-hint";
import type { ShopperMessage } from "@/lib/notifications/message-center";
import type { MessageCopy } from "@/lib/notifications/message-copy";
import { formatDayTime } from "@/lib/i18n/datetime";
import { nextTask } from "@/lib/browser/idle";

/**
 * The device's copy lives in IndexedDB, reached through the islands' one background import: a
 * static import here put a second copy of the IndexedDB layer and the cart store (4.3 kB gzip)
 * in the home page's chunk (docs/benchmarks.md, run 16).
 */
const background = () => import("@/components/pwa/background");

export interface MessageCenterTexts {
  heading: string;
  empty: string;
  markRead: string;
  unread: string;
  /** "Copie du {date}, hors ligne" with `{date}` left in. */
  asOf: string;
}

/**
 * The signed-in shopper's messages on the home page (docs/engagement.md#message-center): alerts
 * that fired, pickups ready, offers and challenges. A client island, so the cached home page
 * carries nothing personal; the device keeps a copy that reads offline, and "read" is kept on
 * the server for every device.
 */
export function MessageCenter({ texts, locale }: { texts: MessageCenterTexts; locale: string }) {
  const [copy, setCopy] = useState<MessageCopy | null>(null);
  const [offline, setOffline] = useState(false);

  useEffect(() => {
    let cancelled = false;
    void (async () => {
      await nextTask();
      if (cancelled) return;
      const { readDeviceSession, readMessageCopy, writeMessageCopy } = await background();
      // The device's copy belongs to the signed-in shopper who left it (cleared at sign-out).
      const kept = (await readDeviceSession()) === "signed-in" ? await readMessageCopy() : null;
      if (kept && !cancelled) setCopy(kept);
      // The page's one session check, shared with the header; it answers "no" when the server is out of reach.
      if (!(await signedInHint())) {
        if (kept && !navigator.onLine && !cancelled) setOffline(true);
        return;
      }
      try {
        const response = await fetch("/api/messages", { credentials: "same-origin", cache: "no-store" });
        if (!response.ok) return;
        const fresh: MessageCopy = { messages: ((await response.json()) as { messages: ShopperMessage[] }).messages, asOf: new Date().toISOString() };
        await writeMessageCopy(fresh);
        if (!cancelled) {
          setCopy(fresh);
          setOffline(false);
        }
      } catch {
        if (!cancelled) setOffline(true);
      }
    })();
    return () => {
      cancelled = true;
    };
  }, []);

  if (!copy) return null;

  const markRead = async (id: string) => {
    const response = await fetch("/api/messages/read", {
      method: "POST",
      headers: { "content-type": "application/json" },
      credentials: "same-origin",
      body: JSON.stringify({ ids: [id] }),
    }).catch(() => null);
    if (!response?.ok) return;
    const next = { ...copy, messages: copy.messages.map((message) => (message.id === id ? { ...message, read: true } : message)) };
    setCopy(next);
    await (await background()).writeMessageCopy(next);
  };

  const date = (iso: string) => formatDayTime(new Date(iso), locale, { weekday: false });

  return (
    <section aria-labelledby="message-center" className="flex flex-col gap-3 rounded-lg border border-line bg-white p-4 sm:p-6">
      <h2 id="message-center" className="text-xl font-semibold">
        {texts.heading}
      </h2>
      {offline && <p className="text-sm text-muted">{texts.asOf.replace("{date}", date(copy.asOf))}</p>}
      {copy.messages.length === 0 ? (
        <p className="text-sm text-muted">{texts.empty}</p>
      ) : (
        <ul className="flex flex-col divide-y divide-line">
          {copy.messages.map((message) => (
            <li key={message.id} className="flex flex-wrap items-start justify-between gap-2 py-3" data-message-kind={message.kind}>
              <div className="flex min-w-0 flex-col gap-1">
                {/* The URL is already in the message's language (lib/notifications): no prefix added here. */}
                <NextLink href={message.url} className="font-medium underline-offset-2 hover:underline">
                  {!message.read && <span className="mr-2 rounded bg-brand px-1.5 py-0.5 text-xs font-semibold text-white">{texts.unread}</span>}
                  {message.title}
                </NextLink>
                <p className="text-sm">{message.body}</p>
                <p className="text-xs text-muted">
                  <time dateTime={message.createdAt}>{date(message.createdAt)}</time>
                </p>
              </div>
              {!message.read && (
                <button type="button" onClick={() => markRead(message.id)} className="rounded-md border border-line px-3 py-2 text-sm hover:border-ink">
                  {texts.markRead}
                  <span className="sr-only"> — {message.title}</span>
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
