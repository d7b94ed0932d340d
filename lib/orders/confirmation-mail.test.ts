import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type Database } from "../db/client";
import { createMailer } from "../mail/mailer";
import { insertStockFixture } from "../testing/stock-fixture";
import { mailOrderConfirmation } from "./confirmation-mail";
import type { OrderRequest } from "./order-request";
import { placeOrder } from "./place-order";

let database: Database;
let server: SMTPServer;
let smtpUrl: string;
const received: { to: string[]; data: string }[] = [];

beforeAll(async () => {
  database = await openDatabase({ dataDir: "memory" });
  await insertStockFixture(database.db, [
    { sku: "TEE-M", location: "online", quantity: 10 },
    { sku: "TEE-L", location: "lyon-bellecour", quantity: 5 },
  ]);
  // The same local SMTP server as lib/mail/mailer.test.ts: the mail goes over the wire.
  server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        received.push({ to: session.envelope.rcptTo.map((r) => r.address), data: Buffer.concat(chunks).toString("utf8") });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  smtpUrl = `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await database.close();
});

/** The decoded text part of a raw message (nodemailer writes quoted-printable). */
function textOf(raw: string): string {
  const body = raw.slice(raw.search(/\r?\n\r?\n/));
  const bytes = body.replace(/=\r?\n/g, "").replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  return Buffer.from(bytes, "latin1").toString("utf8");
}

async function place(request: OrderRequest, locale: "fr" | "en", key: string) {
  const outcome = await placeOrder(database.db, request, { idempotencyKey: key, attribution: { locale, firstTouch: null, lastTouch: null }, now: new Date("2026-12-01T09:00:00Z") });
  if (outcome.kind !== "answer" || outcome.answer.status !== 201) throw new Error(JSON.stringify(outcome));
  const { id, url } = outcome.answer.body as { id: string; url: string };
  return { id, token: new URL(url, "http://x").searchParams.get("token")! };
}

describe("mailOrderConfirmation", () => {
  it("sends the French confirmation with lines, delivery fee, dates, returns promise and link", async () => {
    const created = await place(
      { email: "ada@example.org", lines: [{ sku: "TEE-M", quantity: 1 }], fulfilment: { type: "delivery", method: "home", phone: "+33612345678", address: { name: "Ada L.", line1: "3 rue de la République", postcode: "69002", city: "Lyon" } }, acceptTerms: true },
      "fr",
      "mail-fr",
    );
    await mailOrderConfirmation(database.db, created, createMailer({ SMTP_URL: smtpUrl }));
    const mail = received.at(-1)!;
    expect(mail.to).toEqual(["ada@example.org"]);
    const number = created.id.slice(0, 8).toUpperCase();
    expect(mail.data).toContain(`Subject: =?UTF-8?Q?Votre_commande_${number}_est_confirm`);
    const text = textOf(mail.data).replace(/\s/g, " ");
    expect(text).toContain("Tee-shirt (M) × 1 : 19,90 €");
    expect(text).toContain("Livraison : 4,90 €");
    expect(text).toContain("Total : 24,80 €");
    expect(text).toContain("Livraison à domicile : Ada L., 3 rue de la République, 69002 Lyon");
    expect(text).toContain("Livraison estimée : jeudi 3 – vendredi 4 décembre");
    expect(text).toContain("Retours gratuits sous 30 jours.");
    expect(text).toContain(`/orders/${created.id}?token=${created.token}`);
  });

  it("writes in English to a shopper who ordered in English, and says a pickup is paid in store", async () => {
    const created = await place({ email: "bob@example.org", lines: [{ sku: "TEE-L", quantity: 1 }], fulfilment: { type: "pickup", store: "lyon-bellecour" }, acceptTerms: true }, "en", "mail-en");
    await mailOrderConfirmation(database.db, created, createMailer({ SMTP_URL: smtpUrl }));
    const mail = received.at(-1)!;
    expect(mail.to).toEqual(["bob@example.org"]);
    const text = textOf(mail.data).replace(/\s/g, " ");
    expect(text).toContain("you will pay for it when you collect it in store");
    expect(text).toContain("Delivery: free");
    expect(text).toContain("Store pickup: Vitrine Lyon Bellecour, 1 place Bellecour, 69002 Lyon");
    expect(text).toContain("Ready for pickup: Tuesday 1 December");
    expect(text).toContain(`/en/orders/${created.id}?token=`);
  });

  it("sends nothing for a wrong link, and never throws when the mail server is gone", async () => {
    const before = received.length;
    await mailOrderConfirmation(database.db, { id: "nope", token: "nope" }, createMailer({ SMTP_URL: smtpUrl }));
    expect(received.length).toBe(before);
    const created = await place({ email: "eve@example.org", lines: [{ sku: "TEE-L", quantity: 1 }], fulfilment: { type: "pickup", store: "lyon-bellecour" }, acceptTerms: true }, "fr", "mail-gone");
    await expect(mailOrderConfirmation(database.db, created, createMailer({ SMTP_URL: "smtp://127.0.0.1:1" }))).resolves.toBeUndefined();
  });
});
