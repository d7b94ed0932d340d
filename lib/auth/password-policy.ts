import { readFileSync } from "node:fs";
import path from "node:path";

/**
 * Password rules of OWASP ASVS 5 (V6.2): at least 8 characters, long passphrases allowed (64+),
 * no composition rules, and refused when on a list of common passwords (shipped with the
 * project: lib/auth/common-passwords.txt, ~4,000 entries). better-auth enforces the lengths;
 * lib/auth/server.ts calls `passwordProblem` before registration and password changes.
 */
export const MIN_PASSWORD_LENGTH = 8;
export const MAX_PASSWORD_LENGTH = 128;

let common: Set<string> | undefined;

function commonPasswords(): Set<string> {
  common ??= new Set(
    readFileSync(path.join(process.cwd(), "lib/auth/common-passwords.txt"), "utf8")
      .split("\n")
      .filter((line) => line && !line.startsWith("#")),
  );
  return common;
}

export type PasswordProblem = "too_short" | "too_long" | "too_common";

export function passwordProblem(password: string): PasswordProblem | null {
  // Length in code points, as ASVS counts it (an emoji is one character).
  const length = [...password].length;
  if (length < MIN_PASSWORD_LENGTH) return "too_short";
  if (length > MAX_PASSWORD_LENGTH) return "too_long";
  if (commonPasswords().has(password.toLowerCase())) return "too_common";
  return null;
}
