/**
 * The names of the campaign touch cookies (docs/back-office.md), alone in this file so that
 * browser code can read them without bundling touch.ts's server side (Accept-Language
 * negotiation: `negotiator`, about 4 kB gzip on every page; docs/benchmarks.md).
 */
export const FIRST_TOUCH_COOKIE = "vitrine_ft";
export const LAST_TOUCH_COOKIE = "vitrine_lt";
