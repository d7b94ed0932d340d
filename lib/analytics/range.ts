import { z } from "zod";
import { kpiDay } from "./record";

/** Longest range the dashboard answers for, in days. */
export const MAX_RANGE_DAYS = 366;
export const DEFAULT_RANGE_DAYS = 30;

const day = z.iso.date();
export const rangeSchema = z
  .object({ from: day.optional(), to: day.optional() })
  .transform((value, ctx) => {
    const to = value.to ?? kpiDay(new Date());
    const from = value.from ?? kpiDay(new Date(Date.parse(`${to}T12:00:00Z`) - (DEFAULT_RANGE_DAYS - 1) * 86_400_000));
    const span = (Date.parse(to) - Date.parse(from)) / 86_400_000 + 1;
    if (span < 1) ctx.addIssue({ code: "custom", message: "from must not come after to", path: ["from"] });
    if (span > MAX_RANGE_DAYS) ctx.addIssue({ code: "custom", message: `at most ${MAX_RANGE_DAYS} days`, path: ["from"] });
    return { from, to };
  });

/** Every day of a range, for charts that show the days without traffic too. */
export function daysOf(range: { from: string; to: string }): string[] {
  const days: string[] = [];
  for (let t = Date.parse(`${range.from}T00:00:00Z`); t <= Date.parse(`${range.to}T00:00:00Z`); t += 86_400_000) days.push(new Date(t).toISOString().slice(0, 10));
  return days;
}
