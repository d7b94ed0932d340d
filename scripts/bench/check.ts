/** Budget comparison for `npm run bench:check`: pure, so it is unit-tested without a run. */
import type { Budget, BudgetVerdict } from "./types";

interface Lookup {
  value: number | null;
  reason?: string;
}

/**
 * Follows a dotted path into the results. A section recorded as `{measured:false, reason}`
 * anywhere on the way yields its reason; a missing or non-numeric figure yields null.
 */
export function lookupMetric(results: unknown, metric: string): Lookup {
  let node: unknown = results;
  for (const key of metric.split(".")) {
    if (node && typeof node === "object" && (node as { measured?: unknown }).measured === false) {
      return { value: null, reason: String((node as { reason?: unknown }).reason ?? "not measured") };
    }
    if (!node || typeof node !== "object" || !(key in node)) return { value: null, reason: `no figure at ${metric}` };
    node = (node as Record<string, unknown>)[key];
  }
  if (typeof node === "number" && Number.isFinite(node)) return { value: node };
  return { value: null, reason: `no figure at ${metric}` };
}

export function evaluateBudget(results: unknown, budget: Budget): BudgetVerdict {
  const { value, reason } = lookupMetric(results, budget.metric);
  if (value === null) return { budget, actual: null, status: "not measured", reason };
  const pass = budget.op === "<=" ? value <= budget.value : value >= budget.value;
  return { budget, actual: value, status: pass ? "pass" : "fail" };
}

export function evaluateBudgets(results: unknown, budgets: readonly Budget[]): BudgetVerdict[] {
  return budgets.map((budget) => evaluateBudget(results, budget));
}

/** A budget that was not measured is not met: the check cannot vouch for it. */
export function isMissed(verdict: BudgetVerdict): boolean {
  return verdict.status !== "pass";
}

export function formatValue(value: number, unit: Budget["unit"]): string {
  switch (unit) {
    case "ms":
      return `${Math.round(value)} ms`;
    case "bytes":
      return `${(value / 1000).toFixed(1)} kB`;
    case "ratio":
      return `${Math.round(value * 100)} %`;
    case "cls":
      return value.toFixed(3);
    case "score":
      return String(Math.round(value));
  }
}

export function formatBudget(budget: Budget): string {
  return `${budget.op === "<=" ? "≤" : "≥"} ${formatValue(budget.value, budget.unit)}`;
}

/** One line per budget, for the terminal. */
export function formatVerdicts(verdicts: readonly BudgetVerdict[]): string {
  return verdicts
    .map((v) => {
      const mark = v.status === "pass" ? "ok  " : v.status === "fail" ? "MISS" : "N/M ";
      const actual = v.actual === null ? `not measured (${v.reason})` : formatValue(v.actual, v.budget.unit);
      return `${mark} ${v.budget.label}: ${actual} (budget ${formatBudget(v.budget)})`;
    })
    .join("\n");
}

/** Validates bench/budgets.json so a typo there fails loudly instead of passing silently. */
export function parseBudgets(json: unknown): Budget[] {
  if (!json || typeof json !== "object" || !Array.isArray((json as { budgets?: unknown }).budgets)) {
    throw new Error('budgets file: expected {"budgets": [...]}');
  }
  const units = new Set(["score", "ms", "bytes", "ratio", "cls"]);
  const ids = new Set<string>();
  return (json as { budgets: unknown[] }).budgets.map((entry, index) => {
    const b = entry as Partial<Budget>;
    const where = `budgets file, entry ${index} (${String(b?.id)})`;
    if (typeof b?.id !== "string" || typeof b.label !== "string" || typeof b.metric !== "string") throw new Error(`${where}: id, label and metric are required`);
    if (b.op !== "<=" && b.op !== ">=") throw new Error(`${where}: op must be "<=" or ">="`);
    if (typeof b.value !== "number" || !Number.isFinite(b.value)) throw new Error(`${where}: value must be a number`);
    if (!units.has(b.unit as string)) throw new Error(`${where}: unknown unit ${String(b.unit)}`);
    if (ids.has(b.id)) throw new Error(`${where}: duplicate id`);
    ids.add(b.id);
    return { id: b.id, label: b.label, metric: b.metric, op: b.op, value: b.value, unit: b.unit as Budget["unit"] };
  });
}
