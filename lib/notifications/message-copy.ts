import { MESSAGE_CENTER_KEY, openVitrineDb } from "../offline/db";
import type { ShopperMessage } from "./message-center";

export interface MessageCopy {
  messages: ShopperMessage[];
  /** When the server last answered (ISO): shown with the list when offline. */
  asOf: string;
}

/**
 * The device's copy of the message center (IndexedDB `meta`), so the list reads offline; cleared
 * with the rest of the shopper's data at sign-out (lib/offline/personal-data.ts).
 */
export async function readMessageCopy(): Promise<MessageCopy | null> {
  const opened = await openVitrineDb();
  if (opened.status !== "ready") return null;
  try {
    const value = (await opened.db.get("meta", MESSAGE_CENTER_KEY)) as MessageCopy | undefined;
    return value && Array.isArray(value.messages) ? value : null;
  } catch {
    return null;
  }
}

export async function writeMessageCopy(copy: MessageCopy): Promise<void> {
  const opened = await openVitrineDb();
  if (opened.status !== "ready") return;
  try {
    await opened.db.put("meta", copy, MESSAGE_CENTER_KEY);
  } catch {
    // Storage full or refused: the list still shows, it just will not read offline.
  }
}
