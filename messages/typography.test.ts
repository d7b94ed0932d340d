import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import fr from "./fr.json";

/**
 * French typography (docs/conventions.md, "Texts"): French text shown to shoppers uses the
 * typographic apostrophe ’ (U+2019), never the straight one. In these ICU messages a straight
 * apostrophe is also an escape character, so one typed by habit could swallow a placeholder.
 */

/** Every string of a message tree, as [dotted key, text]. */
function entries(tree: object, prefix = ""): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]): [string, string][] =>
    typeof value === "string" ? [[`${prefix}${key}`, value]] : entries(value as object, `${prefix}${key}.`),
  );
}

describe("French typography", () => {
  it("uses ’, not ', in every message of messages/fr.json", () => {
    const all = entries(fr);
    expect(all.length).toBeGreaterThan(500);
    expect(all.filter(([, text]) => text.includes("'")).map(([key]) => key)).toEqual([]);
  });

  it("uses ’, not ', in the French legal pages' demo texts", () => {
    const folder = path.join(import.meta.dirname, "../content/legal/fr");
    const files = readdirSync(folder).filter((file) => file.endsWith(".md"));
    expect(files.length).toBeGreaterThanOrEqual(4);
    expect(files.filter((file) => readFileSync(path.join(folder, file), "utf8").includes("'"))).toEqual([]);
  });
});
