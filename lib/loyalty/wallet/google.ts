import { readFileSync } from "node:fs";
import { importPKCS8, SignJWT } from "jose";
import { groupCardNumber } from "../card-data";

/**
 * "Ajouter à Google Wallet" (docs/engagement.md#wallets): a "save" link whose JWT (RS256,
 * `aud: "google"`, `typ: "savetowallet"`) carries the loyalty class and the shopper's loyalty
 * object, signed with the retailer's service account key.
 */
export interface GoogleWalletConfig {
  issuerId: string;
  serviceAccountEmail: string;
  privateKeyPem: string;
  programName: string;
}

/**
 * Configured by GOOGLE_WALLET_ISSUER_ID and GOOGLE_WALLET_KEY_FILE (the service account's JSON key,
 * with `client_email` and `private_key`). Null, and no button, when either is missing.
 */
export function googleWalletConfig(env: Record<string, string | undefined> = process.env): GoogleWalletConfig | null {
  const { GOOGLE_WALLET_ISSUER_ID: issuerId, GOOGLE_WALLET_KEY_FILE: keyFile } = env;
  if (!issuerId || !keyFile) return null;
  const key = JSON.parse(readFileSync(keyFile, "utf8")) as { client_email?: unknown; private_key?: unknown };
  if (typeof key.client_email !== "string" || typeof key.private_key !== "string") throw new Error("GOOGLE_WALLET_KEY_FILE needs client_email and private_key");
  return { issuerId, serviceAccountEmail: key.client_email, privateKeyPem: key.private_key, programName: env.GOOGLE_WALLET_PROGRAM_NAME || "Vitrine" };
}

export const GOOGLE_SAVE_URL = "https://pay.google.com/gp/v/save/";

/** The save link for one card; `origin` is the site the button is on (Google checks it). */
export async function googleSaveUrl(config: GoogleWalletConfig, card: { cardNumber: string; points: number; tierName: string }, origin: string, now: Date = new Date()): Promise<string> {
  const classId = `${config.issuerId}.vitrine-loyalty`;
  const payload = {
    loyaltyClasses: [{ id: classId, issuerName: config.programName, programName: config.programName, reviewStatus: "UNDER_REVIEW", hexBackgroundColor: "#9a3412" }],
    loyaltyObjects: [
      {
        id: `${config.issuerId}.${card.cardNumber}`,
        classId,
        state: "ACTIVE",
        accountId: card.cardNumber,
        loyaltyPoints: { label: "Points", balance: { int: card.points } },
        textModulesData: [{ id: "tier", header: card.tierName, body: card.tierName }],
        barcode: { type: "EAN_13", value: card.cardNumber, alternateText: groupCardNumber(card.cardNumber) },
      },
    ],
  };
  const key = await importPKCS8(config.privateKeyPem, "RS256");
  const jwt = await new SignJWT({ origins: [origin], typ: "savetowallet", payload })
    .setProtectedHeader({ alg: "RS256", typ: "JWT" })
    .setIssuer(config.serviceAccountEmail)
    .setAudience("google")
    .setIssuedAt(Math.floor(now.getTime() / 1000))
    .sign(key);
  return GOOGLE_SAVE_URL + jwt;
}
