import { describe, expect, it } from "vitest";
import { consentTextFor } from "./consent-text";
import { preferencesFromForm } from "./form";

describe("preference center form", () => {
  it("reads ticked boxes, chosen sizes and store; leaves the rest off", () => {
    const form = new FormData();
    form.set("channels.sms", "on");
    form.set("topics.events", "on");
    form.append("interests", "chaussures");
    form.append("interests", "robes");
    form.set("size.chaussures", "42");
    form.set("size.robes", "");
    form.set("favouriteStore", "lyon-part-dieu");
    expect(preferencesFromForm(form)).toEqual({
      channels: { email: false, sms: true, push: false },
      topics: { promotions: false, newsletter: false, loyalty: false, events: true, backInStock: false, orderUpdates: false },
      interests: ["chaussures", "robes"],
      sizes: { chaussures: "42" },
      favouriteStore: "lyon-part-dieu",
    });
    expect(preferencesFromForm(new FormData()).favouriteStore).toBeNull();
  });

  it("records the words shown next to each control, service messages apart", () => {
    const t = (key: string) => `[${key}]`;
    expect(consentTextFor(t, "channels.email")).toBe("[channelsLegend] [channelsHint] — [channel.email]");
    expect(consentTextFor(t, "topics.promotions")).toBe("[topicsLegend] [topicsHint] — [topic.promotions]");
    expect(consentTextFor(t, "topics.orderUpdates")).toBe("[serviceLegend] [serviceHint] — [topic.orderUpdates]");
    expect(consentTextFor(t, "favouriteStore")).toBe("[storeLegend] — [storeHint]");
  });
});
