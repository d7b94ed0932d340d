import { readFileSync } from "node:fs";
import path from "node:path";
import { PKPass } from "passkit-generator";
import { groupCardNumber } from "../card-data";

/**
 * "Ajouter à Apple Wallet" (docs/engagement.md#wallets): a store card `.pkpass` signed with the
 * retailer's Pass Type ID certificate by passkit-generator. Apple Wallet shows no EAN-13, so the
 * pass carries the card number as Code 128, which till scanners read as well.
 */
export interface AppleWalletConfig {
  passTypeIdentifier: string;
  teamIdentifier: string;
  organizationName: string;
  certificates: { wwdr: Buffer; signerCert: Buffer; signerKey: Buffer; signerKeyPassphrase?: string };
}

/**
 * Configured by APPLE_WALLET_PASS_TYPE_ID, APPLE_WALLET_TEAM_ID and three PEM files:
 * APPLE_WALLET_CERT (the pass certificate), APPLE_WALLET_KEY (its private key, with
 * APPLE_WALLET_KEY_PASSPHRASE if encrypted) and APPLE_WALLET_WWDR (Apple's intermediate). Null,
 * and no button, when any is missing.
 */
export function appleWalletConfig(env: Record<string, string | undefined> = process.env): AppleWalletConfig | null {
  const { APPLE_WALLET_PASS_TYPE_ID: passType, APPLE_WALLET_TEAM_ID: team, APPLE_WALLET_CERT: cert, APPLE_WALLET_KEY: key, APPLE_WALLET_WWDR: wwdr } = env;
  if (!passType || !team || !cert || !key || !wwdr) return null;
  return {
    passTypeIdentifier: passType,
    teamIdentifier: team,
    organizationName: env.APPLE_WALLET_ORGANIZATION || "Vitrine",
    certificates: { wwdr: readFileSync(wwdr), signerCert: readFileSync(cert), signerKey: readFileSync(key), signerKeyPassphrase: env.APPLE_WALLET_KEY_PASSPHRASE || undefined },
  };
}

export interface PassContent {
  cardNumber: string;
  points: number;
  /** Already in the shopper's language. */
  labels: { description: string; points: string; tier: string; tierName: string; cardNumber: string };
}

const ICON = path.join(process.cwd(), "public/icons/icon-192.png");

/** The signed `.pkpass` (a zip: pass.json, icon, manifest.json, PKCS#7 signature of the manifest). */
export function buildApplePass(config: AppleWalletConfig, content: PassContent): Buffer {
  const icon = readFileSync(ICON);
  const pass = new PKPass({ "icon.png": icon, "icon@2x.png": icon, "logo.png": icon }, config.certificates, {
    formatVersion: 1,
    passTypeIdentifier: config.passTypeIdentifier,
    teamIdentifier: config.teamIdentifier,
    organizationName: config.organizationName,
    serialNumber: content.cardNumber,
    description: content.labels.description,
    logoText: config.organizationName,
    backgroundColor: "rgb(154, 52, 18)",
    foregroundColor: "rgb(255, 255, 255)",
    labelColor: "rgb(255, 237, 213)",
  });
  pass.type = "storeCard";
  pass.primaryFields.push({ key: "points", label: content.labels.points, value: content.points });
  pass.secondaryFields.push({ key: "tier", label: content.labels.tier, value: content.labels.tierName });
  pass.backFields.push({ key: "number", label: content.labels.cardNumber, value: groupCardNumber(content.cardNumber) });
  pass.setBarcodes({ message: content.cardNumber, format: "PKBarcodeFormatCode128", messageEncoding: "iso-8859-1", altText: groupCardNumber(content.cardNumber) });
  return pass.getAsBuffer();
}
