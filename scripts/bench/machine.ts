/** Facts about the machine and the code a run measured, recorded next to its numbers. */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { MachineFacts } from "./types";

function quiet(command: string, args: string[]): string {
  try {
    return execFileSync(command, args, { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
  } catch {
    return "unknown";
  }
}

export function machineFacts(chromePath: string): MachineFacts {
  const lighthousePackage = JSON.parse(readFileSync(path.join(process.cwd(), "node_modules/lighthouse/package.json"), "utf8")) as { version: string };
  return {
    date: new Date().toISOString(),
    commit: quiet("git", ["rev-parse", "--short", "HEAD"]),
    dirty: quiet("git", ["status", "--porcelain", "--untracked-files=no"]) !== "",
    cores: os.cpus().length,
    cpu: os.cpus()[0]?.model.trim() ?? "unknown",
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    loadAverage: Math.round(os.loadavg()[0]! * 100) / 100,
    node: process.version,
    chromium: quiet(chromePath, ["--version"]).split("\n")[0]!,
    lighthouse: lighthousePackage.version,
  };
}
