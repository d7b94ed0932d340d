import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { evaluateBudgets, formatVerdicts, isMissed, lookupMetric, parseBudgets } from "./check";
import type { Budget } from "./types";

const lcp: Budget = { id: "product-lcp", label: "Product LCP", metric: "lighthouse.pages.product.lcpMs", op: "<=", value: 1800, unit: "ms" };
const perf: Budget = { id: "product-perf", label: "Product perf", metric: "lighthouse.pages.product.performance", op: ">=", value: 90, unit: "score" };
const offline: Budget = { id: "offline-search", label: "Offline search", metric: "offline.searchMs", op: "<=", value: 30, unit: "ms" };

const results = (product: Record<string, number>) => ({
  lighthouse: { measured: true, runs: 3, pages: { product } },
  offline: { measured: false, reason: "scripts/bench-offline.mjs does not exist yet" },
});

describe("budget comparison", () => {
  it("passes a figure on the budget itself and fails one past it, both directions", () => {
    const [atLcp, atPerf] = evaluateBudgets(results({ lcpMs: 1800, performance: 90 }), [lcp, perf]);
    expect(atLcp?.status).toBe("pass");
    expect(atPerf?.status).toBe("pass");
    const [overLcp, underPerf] = evaluateBudgets(results({ lcpMs: 1801, performance: 89 }), [lcp, perf]);
    expect(overLcp).toMatchObject({ status: "fail", actual: 1801 });
    expect(underPerf).toMatchObject({ status: "fail", actual: 89 });
  });

  it("reports an unmeasured section with its reason, and counts it as missed", () => {
    const [verdict] = evaluateBudgets(results({ lcpMs: 1000, performance: 99 }), [offline]);
    expect(verdict).toMatchObject({ status: "not measured", actual: null, reason: "scripts/bench-offline.mjs does not exist yet" });
    expect(isMissed(verdict!)).toBe(true);
  });

  it("treats a missing or non-numeric figure as not measured, never as a pass", () => {
    expect(lookupMetric(results({ performance: 99 }), "lighthouse.pages.product.lcpMs").value).toBeNull();
    expect(lookupMetric({ offline: { measured: true, searchMs: null } }, "offline.searchMs").value).toBeNull();
    expect(lookupMetric({}, "throughput.routes.product.ratio")).toMatchObject({ value: null });
  });

  it("prints one line per budget with the figure, the budget and the outcome", () => {
    const text = formatVerdicts(evaluateBudgets(results({ lcpMs: 2400, performance: 95 }), [lcp, perf, offline]));
    expect(text.split("\n")).toEqual([
      "MISS Product LCP: 2400 ms (budget ≤ 1800 ms)",
      "ok   Product perf: 95 (budget ≥ 90)",
      "N/M  Offline search: not measured (scripts/bench-offline.mjs does not exist yet) (budget ≤ 30 ms)",
    ]);
  });
});

describe("budgets file", () => {
  it("parses the committed bench/budgets.json, each metric reaching a results field", () => {
    const budgets = parseBudgets(JSON.parse(readFileSync(path.join(import.meta.dirname, "../../bench/budgets.json"), "utf8")));
    expect(budgets.length).toBeGreaterThanOrEqual(20);
    const prefixes = ["lighthouse.pages.", "throughput.routes.", "offline.", "import.pglite.", "import.postgres."];
    for (const budget of budgets) expect(prefixes.some((p) => budget.metric.startsWith(p))).toBe(true);
    expect(budgets.find((b) => b.id === "product-js")).toMatchObject({ op: "<=", value: 145_000, unit: "bytes" });
  });

  it("rejects a malformed entry instead of checking nothing", () => {
    expect(() => parseBudgets({ budgets: [{ ...lcp, op: "<" }] })).toThrow(/op/);
    expect(() => parseBudgets({ budgets: [lcp, lcp] })).toThrow(/duplicate/);
    expect(() => parseBudgets({ budgets: [{ ...lcp, unit: "s" }] })).toThrow(/unit/);
    expect(() => parseBudgets([])).toThrow();
  });
});
