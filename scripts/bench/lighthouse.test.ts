import { describe, expect, it } from "vitest";
import { combineRuns, summarizeLhr, type LhrLike } from "./lighthouse";

function lhr(performance: number, lcp: number, scripts: [string, number][]): LhrLike {
  return {
    categories: {
      performance: { score: performance / 100 },
      accessibility: { score: 1, auditRefs: [{ id: "color-contrast", weight: 7 }, { id: "manual-check", weight: 0 }] },
      seo: { score: 0.92, auditRefs: [{ id: "meta-description", weight: 1 }, { id: "hreflang", weight: 1 }] },
    },
    audits: {
      "largest-contentful-paint": { numericValue: lcp },
      "first-contentful-paint": { numericValue: 812.3 },
      metrics: { details: { items: [{ observedLargestContentfulPaint: 330.4, observedLargestContentfulPaintTs: 5_000_330_400 }] } },
      "total-blocking-time": { numericValue: 120.4 },
      "cumulative-layout-shift": { numericValue: 0.01234 },
      "color-contrast": { score: 1 },
      "manual-check": { score: 0 },
      "meta-description": { score: 0 },
      hreflang: { score: null },
      "largest-contentful-paint-element": {
        details: { items: [{ items: [{ node: { snippet: '<h1 class="text-3xl">Pull</h1>' } }] }, { items: [{ phase: "TTFB" }] }] },
      },
      "network-requests": {
        details: {
          items: [
            { url: "http://127.0.0.1:3240/products/x", resourceType: "Document", transferSize: 9000, finished: true, networkEndTime: 50 },
            { url: "http://127.0.0.1:3240/_next/static/css/a.css", resourceType: "Stylesheet", transferSize: 5000, finished: true, networkEndTime: 90 },
            // The network clock starts 20 ms after navigation: a script ending at 310.4 ms on it ends at the LCP.
            ...scripts.map(([url, transferSize], index) => ({ url, resourceType: "Script", transferSize, finished: true, networkEndTime: index === 0 ? 310.4 : 400 })),
          ],
          debugData: { networkStartTimeTs: 5_000_020_000 },
        },
      },
    },
  };
}

describe("Lighthouse summary", () => {
  it("turns scores into 0–100 and sums only script transfers, biggest first", () => {
    const run = summarizeLhr(lhr(87, 2100.6, [["http://h/_next/static/chunks/a.js", 1000], ["http://h/_next/static/chunks/b.js", 52000]]));
    expect(run).toMatchObject({ performance: 87, lcpMs: 2101, observedLcpMs: 330, fcpMs: 812, tbtMs: 120, cls: 0.012, accessibility: 100, seo: 92, jsBytes: 53000 });
    expect(run.scripts.map((s) => s.transferBytes)).toEqual([52000, 1000]);
  });

  it("counts the scripts that finished loading by the observed LCP, on the trace's clock", () => {
    const run = summarizeLhr(lhr(87, 2100, [["http://h/a.js", 1000], ["http://h/b.js", 2000], ["http://h/c.js", 3000]]));
    expect(run.scriptsBeforeLcp).toBe(1);
    const noTimes = lhr(87, 2100, []);
    noTimes.audits["network-requests"]!.details!.debugData = undefined;
    expect(() => summarizeLhr(noTimes)).toThrow(/timestamps/);
  });

  it("names weighted accessibility/SEO audits that failed, and the LCP element", () => {
    const run = summarizeLhr(lhr(87, 2100, []));
    expect(run.failingAudits).toEqual(["meta-description"]);
    expect(run.lcpElement).toBe('<h1 class="text-3xl">Pull</h1>');
  });

  it("fails loudly when a category is missing rather than recording a zero", () => {
    const broken = lhr(90, 1000, []);
    broken.categories.performance = { score: null };
    expect(() => summarizeLhr(broken)).toThrow(/performance/);
  });

  it("takes each figure's median over runs and keeps every run", () => {
    const runs = [
      summarizeLhr(lhr(70, 3000, [["http://h/a.js", 100]])),
      summarizeLhr(lhr(95, 1200, [["http://h/a.js", 300]])),
      summarizeLhr(lhr(90, 1500, [["http://h/a.js", 200]])),
    ];
    const page = combineRuns("http://h/products/x", runs);
    expect(page).toMatchObject({ performance: 90, lcpMs: 1500, jsBytes: 200 });
    expect(page.runs.map((r) => r.performance)).toEqual([70, 95, 90]);
    expect(page.scripts[0]?.transferBytes).toBe(200); // the median-performance run's scripts
  });
});
