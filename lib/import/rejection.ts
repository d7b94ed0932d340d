import type { ReasonCode, ReasonValues } from "./reasons";

/** A row the import left out, and why (docs/import.md, report format). */
export interface Rejection {
  file: "products" | "localInventory" | "stores";
  line: number;
  /** The row's id (SKU code, store code) when it had one. */
  id?: string;
  field: string;
  /** Why, to translate: `importReasons.<code>` (lib/import/reasons.ts). Absent in reports kept from before codes. */
  code?: ReasonCode;
  values?: ReasonValues;
  /** Why, in English. */
  reason: string;
}

export type Mapped<T> = { ok: true; row: T } | { ok: false; rejections: Omit<Rejection, "file">[] };

/** The first value of a field, trimmed; undefined when absent or empty. */
export function first(values: Record<string, string[]>, ...names: string[]): string | undefined {
  for (const name of names) {
    const value = values[name]?.find((v) => v.trim() !== "");
    if (value !== undefined) return value.trim();
  }
  return undefined;
}

/** A whole, non-negative number of units (a feed may write "3.0"). */
export function parseQuantity(text: string): number | null {
  if (!/^\d+(\.0+)?$/.test(text)) return null;
  const n = Number(text);
  return Number.isSafeInteger(n) && n <= 1_000_000 ? n : null;
}
