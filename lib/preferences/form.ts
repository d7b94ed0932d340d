import { CHANNELS, TOPICS, type Preferences } from "./shape";

/**
 * Reads the preference center's form (checkboxes `channels.email`, `topics.promotions`, …,
 * `interests`, selects `size.<category>` and `favouriteStore`) into the API shape; the result
 * is then checked like any `PUT /api/preferences` body.
 */
export function preferencesFromForm(form: FormData): Preferences {
  const checked = (name: string) => form.get(name) === "on";
  const sizes: Record<string, string> = {};
  for (const [name, value] of form.entries()) {
    if (name.startsWith("size.") && typeof value === "string" && value !== "") sizes[name.slice("size.".length)] = value;
  }
  const store = form.get("favouriteStore");
  return {
    channels: Object.fromEntries(CHANNELS.map((channel) => [channel, checked(`channels.${channel}`)])) as Preferences["channels"],
    topics: Object.fromEntries(TOPICS.map((topic) => [topic, checked(`topics.${topic}`)])) as Preferences["topics"],
    interests: form.getAll("interests").filter((value): value is string => typeof value === "string"),
    sizes,
    favouriteStore: typeof store === "string" && store !== "" ? store : null,
  };
}
