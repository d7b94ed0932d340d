import { CHANNELS, TOPICS, type Preferences } from "./shape";

/** One consent record's worth of change: `channels.email`, `topics.promotions`, `interests`, … */
export interface PreferenceChange {
  subject: string;
  value: unknown;
}

/** What differs between two preference sets, one entry per control the shopper changed. */
export function preferenceChanges(before: Preferences, after: Preferences): PreferenceChange[] {
  const changes: PreferenceChange[] = [];
  for (const channel of CHANNELS) {
    if (before.channels[channel] !== after.channels[channel]) changes.push({ subject: `channels.${channel}`, value: after.channels[channel] });
  }
  for (const topic of TOPICS) {
    if (before.topics[topic] !== after.topics[topic]) changes.push({ subject: `topics.${topic}`, value: after.topics[topic] });
  }
  if (!sameSet(before.interests, after.interests)) changes.push({ subject: "interests", value: [...after.interests].sort() });
  if (!sameSizes(before.sizes, after.sizes)) changes.push({ subject: "sizes", value: after.sizes });
  if (before.favouriteStore !== after.favouriteStore) changes.push({ subject: "favouriteStore", value: after.favouriteStore });
  return changes;
}

function sameSet(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((item) => b.includes(item));
}

function sameSizes(a: Record<string, string>, b: Record<string, string>): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => a[key] === b[key]);
}
