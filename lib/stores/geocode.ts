import { CITIES, DEPARTMENTS } from "./geodata";

export interface GeocodeResult {
  lat: number;
  lng: number;
  label: string;
  precision: "city" | "department";
}

/** Longer than any French commune name; longer input is not a place and is refused before any work. */
const MAX_QUERY_LENGTH = 100;

const POSTCODE = /^(\d{5}|2[AB]\d{3})$/i;
const DEPARTMENT_CODE = /^(\d{2,3}|2[AB])$/i;

/** Lower case, no accents, punctuation as spaces, "st"/"ste" spelled out: "St-Étienne" → "saint etienne". */
function normalizeName(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .map((word) => (word === "st" ? "saint" : word === "ste" ? "sainte" : word))
    .join(" ");
}

const byPostcode = new Map<string, GeocodeResult>();
const byDepartmentCode = new Map<string, GeocodeResult>();
const byName = new Map<string, GeocodeResult>();

// First entry wins: big cities before prefectures before département names, so "Paris" is the city.
const addName = (name: string, result: GeocodeResult) => {
  const key = normalizeName(name);
  if (!byName.has(key)) byName.set(key, result);
};

for (const [name, postcodes, lat, lng] of CITIES) {
  const city: GeocodeResult = { lat, lng, label: name, precision: "city" };
  for (const postcode of postcodes) if (!byPostcode.has(postcode)) byPostcode.set(postcode, city);
  addName(name, city);
}
for (const [code, name, prefecture, lat, lng] of DEPARTMENTS) {
  byDepartmentCode.set(code, { lat, lng, label: `${name} (${code})`, precision: "department" });
  addName(prefecture, { lat, lng, label: prefecture, precision: "city" });
}
for (const [code, name] of DEPARTMENTS) addName(name, byDepartmentCode.get(code)!);

/** Corsican postcodes start with 20 for both départements: 200xx–201xx are Corse-du-Sud. Overseas codes have 3 digits. */
export function departmentOfPostcode(postcode: string): string {
  const prefix = postcode.slice(0, 2).toUpperCase();
  if (prefix === "20") return Number(postcode.slice(0, 3)) < 202 ? "2A" : "2B";
  if (prefix === "97") return postcode.slice(0, 3);
  return prefix;
}

/**
 * Where a shopper's postcode, département number or city name is, from the tables shipped with
 * the app (no network). A postcode of a big city gives that city; any other valid one gives its
 * département's prefecture. Unknown or malformed input gives null.
 */
export function geocode(query: string): GeocodeResult | null {
  const text = query.trim();
  if (text.length === 0 || text.length > MAX_QUERY_LENGTH) return null;

  let hit: GeocodeResult | undefined;
  if (POSTCODE.test(text)) hit = byPostcode.get(text) ?? byDepartmentCode.get(departmentOfPostcode(text));
  else if (DEPARTMENT_CODE.test(text)) hit = byDepartmentCode.get(text.toUpperCase());
  else hit = byName.get(normalizeName(text));
  // A copy: callers may decorate the result without touching the shared tables.
  return hit ? { ...hit } : null;
}
