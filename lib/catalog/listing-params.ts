import { z } from "zod";
import { SORTS, type ProductQuery } from "./types";

export const slugSchema = z.string().regex(/^[a-z0-9](?:[a-z0-9-]{0,98}[a-z0-9])?$/, "must be a lowercase slug");

const euros = z.coerce.number().int("must be a whole number of euros").min(0).max(100_000);

/** Query string of listings, search and `/api/products` (unknown keys such as utm_source are ignored). */
const listingSchema = z
  .object({
    category: slugSchema.optional(),
    q: z.string().trim().max(200, "must be at most 200 characters").optional(),
    size: z.array(z.string().trim().min(1).max(12)).max(12).optional(),
    min: euros.optional(),
    max: euros.optional(),
    sort: z.enum(SORTS).optional(),
    page: z.coerce.number().int("must be a whole number").min(1).max(10_000).default(1),
    limit: z.coerce.number().int("must be a whole number").min(1).max(100).default(24),
  });

/**
 * A minimum price above the maximum is a shopper's slip, not a broken URL: the query comes back
 * without the price range and `invertedPrice` says what was asked, so a page can explain it
 * (the JSON API answers 400 instead).
 */
export type ListingParseResult =
  | { ok: true; query: ProductQuery; invertedPrice?: { minCents: number; maxCents: number } }
  | { ok: false; message: string };

/** Accepts URLSearchParams or Next's `searchParams` record; repeated keys only matter for `size`. */
export function parseListingParams(input: URLSearchParams | Record<string, string | string[] | undefined>): ListingParseResult {
  const entries = input instanceof URLSearchParams ? groupEntries(input) : input;
  const raw: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(entries)) {
    if (value === undefined || value === "") continue;
    raw[key] = key === "size" ? ([] as string[]).concat(value) : Array.isArray(value) ? value[0] : value;
  }
  const parsed = listingSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, message: issue ? `${issue.path.join(".") || "query"}: ${issue.message}` : "invalid query" };
  }
  const { min, max, size, q, ...rest } = parsed.data;
  if (min !== undefined && max !== undefined && min > max) {
    return {
      ok: true,
      query: { ...rest, ...(q ? { q } : {}), ...(size?.length ? { sizes: size } : {}) },
      invertedPrice: { minCents: min * 100, maxCents: max * 100 },
    };
  }
  return {
    ok: true,
    query: {
      ...rest,
      ...(q ? { q } : {}),
      ...(size?.length ? { sizes: size } : {}),
      ...(min !== undefined ? { minCents: min * 100 } : {}),
      ...(max !== undefined ? { maxCents: max * 100 } : {}),
    },
  };
}

function groupEntries(params: URLSearchParams): Record<string, string | string[]> {
  const grouped: Record<string, string | string[]> = {};
  for (const key of new Set(params.keys())) {
    const values = params.getAll(key);
    grouped[key] = values.length > 1 ? values : (values[0] ?? "");
  }
  return grouped;
}
