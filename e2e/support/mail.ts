import { readdir, readFile } from "node:fs/promises";
import path from "node:path";

/** Where the e2e server writes its mails (no SMTP_URL: one .eml file per message, lib/mail/mailer.ts). */
export const MAIL_DIR = path.join(process.env.E2E_DATA_DIR ?? "data/e2e", "mail");

/** Every mail sent to `address` so far, headers and quoted-printable body decoded to text. */
export async function mailsTo(address: string): Promise<string[]> {
  const names = await readdir(MAIL_DIR).catch(() => [] as string[]);
  const mails = await Promise.all(names.map((name) => readFile(path.join(MAIL_DIR, name), "latin1")));
  return mails
    .filter((mail) => mail.includes(`To: ${address}`))
    .map((raw) => Buffer.from(raw.replace(/=\r?\n/g, "").replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))), "latin1").toString("utf8"));
}
