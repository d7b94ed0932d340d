/** The offline figures come from scripts/bench-offline.mjs (owned by the offline area). */
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import type { NotMeasured, OfflineSection } from "./types";

export const OFFLINE_SCRIPT = "scripts/bench-offline.mjs";

/** The last line of the output that parses as a JSON object: the script may log before it. */
export function lastJsonObject(output: string): Record<string, unknown> | null {
  const lines = output.trim().split("\n");
  for (let i = lines.length - 1; i >= 0; i -= 1) {
    const line = lines[i]!.trim();
    if (!line.startsWith("{")) continue;
    try {
      const value = JSON.parse(line) as unknown;
      if (value && typeof value === "object" && !Array.isArray(value)) return value as Record<string, unknown>;
    } catch {
      // a log line that only looks like JSON
    }
  }
  try {
    const whole = JSON.parse(output) as unknown;
    return whole && typeof whole === "object" && !Array.isArray(whole) ? (whole as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

const numberOrNull = (value: unknown) => (typeof value === "number" && Number.isFinite(value) ? value : null);

export function toOfflineSection(json: Record<string, unknown>): OfflineSection {
  return {
    measured: true,
    navigationMs: numberOrNull(json.navigationMs),
    mirrorSync10kMs: numberOrNull(json.mirrorSyncMs),
    mirrorSyncCold10kMs: numberOrNull(json.mirrorSyncColdMs),
    searchMs: numberOrNull(json.searchMs),
    searchShellSearchMs: numberOrNull(json.searchShellSearchMs),
    raw: json,
  };
}

export interface OfflineOptions {
  baseUrl: string;
  /** The build the server at baseUrl runs: the script serves its 10k catalog with the same one. */
  distDir: string;
  short: boolean;
  log: (line: string) => void;
}

export async function measureOffline(options: OfflineOptions): Promise<OfflineSection | NotMeasured> {
  const script = path.join(process.cwd(), OFFLINE_SCRIPT);
  if (!existsSync(script)) return { measured: false, reason: `${OFFLINE_SCRIPT} does not exist yet (the offline area provides it)` };
  const args = [script, "--base-url", options.baseUrl, "--dist-dir", options.distDir, ...(options.short ? ["--short"] : [])];
  const { code, stdout, stderr } = await new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve, reject) => {
    const child = spawn(process.execPath, args, { stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, BASE_URL: options.baseUrl } });
    let out = "";
    let err = "";
    child.stdout.on("data", (chunk) => (out += chunk));
    child.stderr.on("data", (chunk) => (err += chunk));
    child.on("error", reject);
    child.on("close", (exit) => resolve({ code: exit, stdout: out, stderr: err }));
  });
  if (code !== 0) return { measured: false, reason: `${OFFLINE_SCRIPT} failed (exit ${code}): ${stderr.trim().split("\n").slice(-3).join(" ")}` };
  const json = lastJsonObject(stdout);
  if (!json) return { measured: false, reason: `${OFFLINE_SCRIPT} printed no JSON object` };
  const section = toOfflineSection(json);
  options.log(`offline: navigation ${section.navigationMs} ms, mirror sync ${section.mirrorSync10kMs} ms (cold server ${section.mirrorSyncCold10kMs} ms), search ${section.searchMs} ms (inside the shell page's start-up ${section.searchShellSearchMs} ms)`);
  return section;
}
