import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { SMTPServer } from "smtp-server";
import { afterEach, describe, expect, it } from "vitest";
import { createMailer } from "./mailer";

const mail = { to: "ines@example.org", subject: "Votre réservation K7P2QX", text: "Code de retrait : K7P2QX\nhttp://localhost:3000/reservations/abc?token=xyz" };

describe("mailer", () => {
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0)) await cleanup();
  });

  it("delivers to the SMTP server SMTP_URL names", async () => {
    const received: { from: string; to: string[]; data: string }[] = [];
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ["STARTTLS"],
      onData(stream, session, callback) {
        let data = "";
        stream.on("data", (chunk: Buffer) => (data += chunk.toString("utf8")));
        stream.on("end", () => {
          received.push({ from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "", to: session.envelope.rcptTo.map((r) => r.address), data });
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    cleanups.push(() => new Promise<void>((resolve) => server.close(() => resolve())));
    const { port } = server.server.address() as AddressInfo;

    const mailer = createMailer({ SMTP_URL: `smtp://127.0.0.1:${port}`, MAIL_FROM: "Vitrine <shop@example.org>" });
    expect(mailer.destination).toBe(`smtp://127.0.0.1:${port}`);
    await mailer.send(mail);

    expect(received).toHaveLength(1);
    expect(received[0]).toMatchObject({ from: "shop@example.org", to: ["ines@example.org"] });
    expect(received[0]!.data).toContain("Subject: =?UTF-8?Q?Votre_r=C3=A9servation_K7P2QX?=");
    expect(received[0]!.data).toContain("reservations/abc?token=xyz");
  });

  it("without SMTP_URL, writes each message as an .eml file", async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), "vitrine-mail-"));
    cleanups.push(() => rm(dir, { recursive: true, force: true }));
    const mailer = createMailer({ MAIL_DIR: dir });
    expect(mailer.destination).toBe(dir);
    await mailer.send(mail);
    await mailer.send({ ...mail, to: "other@example.org" });

    const files = (await readdir(dir)).sort();
    expect(files).toHaveLength(2);
    expect(files.every((name) => name.endsWith(".eml"))).toBe(true);
    const first = await readFile(path.join(dir, files[0]!), "utf8");
    expect(first).toContain("To: ines@example.org");
    expect(first).toContain("reservations/abc?token=xyz");
  });

  it("refuses to send when the SMTP server is not there", async () => {
    const mailer = createMailer({ SMTP_URL: "smtp://127.0.0.1:1" });
    await expect(mailer.send(mail)).rejects.toThrow();
  });
});
