import { mkdir, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import nodemailer from "nodemailer";

export interface Mail {
  to: string;
  subject: string;
  text: string;
}

export interface Mailer {
  /** Where the messages go, for the start-up log: "smtp://host:port" or the folder. */
  readonly destination: string;
  send(mail: Mail): Promise<void>;
}

/**
 * Outgoing mail. With `SMTP_URL` (e.g. `smtps://user:pass@smtp.example.com`) messages go to that
 * server. Without it, each message is written to a folder as an `.eml` file any mail client
 * opens (`MAIL_DIR`, default `$DATA_DIR/mail`): the demo and the tests need no mail server.
 */
export function createMailer(env: Record<string, string | undefined> = process.env): Mailer {
  const from = env.MAIL_FROM || "Vitrine <no-reply@vitrine.localhost>";
  if (env.SMTP_URL) {
    const transport = nodemailer.createTransport(env.SMTP_URL);
    const url = new URL(env.SMTP_URL);
    return {
      destination: `${url.protocol}//${url.host}`,
      async send(mail) {
        await transport.sendMail({ from, ...mail });
      },
    };
  }
  const dataDir = env.DATA_DIR && env.DATA_DIR !== "memory" ? env.DATA_DIR : path.join(os.tmpdir(), "vitrine");
  // Not a file of the project: keep the bundler from tracing the whole folder.
  const dir = path.resolve(/*turbopackIgnore: true*/ env.MAIL_DIR || path.join(dataDir, "mail"));
  const transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "unix" });
  return {
    destination: dir,
    async send(mail) {
      const info = await transport.sendMail({ from, ...mail });
      await mkdir(dir, { recursive: true });
      const name = `${new Date().toISOString().replace(/[:.]/g, "-")}-${info.messageId.replace(/[^A-Za-z0-9]/g, "").slice(0, 24)}.eml`;
      await writeFile(path.join(dir, name), info.message as Buffer);
    },
  };
}

let shared: Mailer | undefined;

export function getMailer(): Mailer {
  shared ??= createMailer();
  return shared;
}
