import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { importSPKI, jwtVerify, decodeProtectedHeader } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appleWalletConfig, buildApplePass } from "./apple";
import { GOOGLE_SAVE_URL, googleSaveUrl, googleWalletConfig } from "./google";

/**
 * Wallet passes signed with throwaway self-signed certificates (openssl, in a temp dir): the
 * `.pkpass` signature verifies with `openssl smime`, the Google JWT with jose.
 */
let dir: string;
const openssl = (...args: string[]) => execFileSync("openssl", args, { cwd: dir, stdio: "pipe" });

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "vitrine-wallet-"));
  openssl("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", "ca.key", "-out", "ca.pem", "-days", "2", "-subj", "/CN=Test WWDR");
  openssl("req", "-newkey", "rsa:2048", "-nodes", "-keyout", "signer.key", "-out", "signer.csr", "-subj", "/UID=pass.test.vitrine/CN=Pass Type ID: pass.test.vitrine");
  openssl("x509", "-req", "-in", "signer.csr", "-CA", "ca.pem", "-CAkey", "ca.key", "-CAcreateserial", "-out", "signer.pem", "-days", "2");
  openssl("genpkey", "-algorithm", "RSA", "-pkeyopt", "rsa_keygen_bits:2048", "-out", "google.key");
  openssl("pkey", "-in", "google.key", "-pubout", "-out", "google.pub");
  writeFileSync(path.join(dir, "service-account.json"), JSON.stringify({ client_email: "wallet@vitrine-test.iam.gserviceaccount.com", private_key: readFileSync(path.join(dir, "google.key"), "utf8") }));
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const content = { cardNumber: "2901234567893", points: 1240, labels: { description: "Carte fidélité Vitrine", points: "Points", tier: "Statut", tierName: "Argent", cardNumber: "N° de carte" } };

describe("Apple Wallet", () => {
  it("is off until every variable is set", () => {
    expect(appleWalletConfig({})).toBeNull();
    expect(appleWalletConfig({ APPLE_WALLET_PASS_TYPE_ID: "pass.test.vitrine", APPLE_WALLET_TEAM_ID: "ABCDE12345" })).toBeNull();
  });

  it("signs a store card whose signature openssl verifies, with the number as Code 128", () => {
    const config = appleWalletConfig({
      APPLE_WALLET_PASS_TYPE_ID: "pass.test.vitrine",
      APPLE_WALLET_TEAM_ID: "ABCDE12345",
      APPLE_WALLET_CERT: path.join(dir, "signer.pem"),
      APPLE_WALLET_KEY: path.join(dir, "signer.key"),
      APPLE_WALLET_WWDR: path.join(dir, "ca.pem"),
    })!;
    writeFileSync(path.join(dir, "card.pkpass"), buildApplePass(config, content));
    execFileSync("unzip", ["-o", "-q", "card.pkpass", "-d", "pass"], { cwd: dir });
    const passDir = path.join(dir, "pass");
    const pass = JSON.parse(readFileSync(path.join(passDir, "pass.json"), "utf8"));
    expect(pass).toMatchObject({ passTypeIdentifier: "pass.test.vitrine", teamIdentifier: "ABCDE12345", serialNumber: "2901234567893" });
    expect(pass.storeCard.primaryFields).toEqual([{ key: "points", label: "Points", value: 1240 }]);
    expect(pass.barcodes[0]).toMatchObject({ format: "PKBarcodeFormatCode128", message: "2901234567893" });

    const manifest = JSON.parse(readFileSync(path.join(passDir, "manifest.json"), "utf8"));
    expect(manifest["pass.json"]).toBe(createHash("sha1").update(readFileSync(path.join(passDir, "pass.json"))).digest("hex"));
    const verify = (content: string) => openssl("smime", "-verify", "-binary", "-inform", "DER", "-in", "pass/signature", "-content", content, "-CAfile", "ca.pem", "-purpose", "any", "-out", "/dev/null");
    expect(() => verify("pass/manifest.json")).not.toThrow();
    // A manifest changed after signing no longer verifies.
    writeFileSync(path.join(passDir, "tampered.json"), JSON.stringify({ ...manifest, "pass.json": "0".repeat(40) }));
    expect(() => verify("pass/tampered.json")).toThrow();
  });
});

describe("Google Wallet", () => {
  it("is off until the issuer and key are set", () => {
    expect(googleWalletConfig({})).toBeNull();
    expect(googleWalletConfig({ GOOGLE_WALLET_ISSUER_ID: "3388000000000000000" })).toBeNull();
  });

  it("builds a save link whose JWT verifies with the service account's public key", async () => {
    const config = googleWalletConfig({ GOOGLE_WALLET_ISSUER_ID: "3388000000000000000", GOOGLE_WALLET_KEY_FILE: path.join(dir, "service-account.json") })!;
    const url = await googleSaveUrl(config, { cardNumber: content.cardNumber, points: 1240, tierName: "Argent" }, "https://shop.example");
    expect(url.startsWith(GOOGLE_SAVE_URL)).toBe(true);
    const jwt = url.slice(GOOGLE_SAVE_URL.length);
    expect(decodeProtectedHeader(jwt).alg).toBe("RS256");
    const publicKey = await importSPKI(readFileSync(path.join(dir, "google.pub"), "utf8"), "RS256");
    const { payload } = await jwtVerify(jwt, publicKey, { audience: "google", issuer: "wallet@vitrine-test.iam.gserviceaccount.com" });
    expect(payload.typ).toBe("savetowallet");
    expect(payload.origins).toEqual(["https://shop.example"]);
    const object = (payload.payload as { loyaltyObjects: Record<string, unknown>[] }).loyaltyObjects[0];
    expect(object).toMatchObject({ id: "3388000000000000000.2901234567893", accountId: "2901234567893", barcode: { type: "EAN_13", value: "2901234567893" }, loyaltyPoints: { balance: { int: 1240 } } });
    // Signed by another key: refused.
    const { publicKey: other } = await import("node:crypto").then((crypto) => crypto.generateKeyPairSync("rsa", { modulusLength: 2048 }));
    await expect(jwtVerify(jwt, other, { audience: "google" })).rejects.toThrow();
  });
});
