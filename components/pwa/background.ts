/**
 * What the islands do in the background of every page (the cart count and store, session
 * tracking and product views, the cart replay, the mirror refresh, the sign-up prompt's events,
 * the message center's offline copy),
 * behind one `import()` target. Turbopack gives each target its own chunk, with its own copy of
 * the modules targets share (the IndexedDB layer, the cart store, the analytics queue), and a
 * page's static import copies them into its own chunk; through one target they come once, in one
 * request after the page has painted (docs/benchmarks.md, runs 11 and 13).
 */
export { visibleLines } from "@/lib/cart/merge";
export { track } from "@/lib/analytics/track";
export { addToCart, getCartLines, subscribeToCart } from "@/lib/offline/cart-store";
export { startCartReplay } from "@/lib/offline/cart-replay";
export { readDeviceSession } from "@/lib/offline/personal-data";
export { readMessageCopy, writeMessageCopy } from "@/lib/notifications/message-copy";
export { mirrorSyncedAt, syncMirror } from "@/lib/offline/mirror-refresh";
export { flushViewQueue, recordView } from "@/lib/offline/view-queue";
export { startSession } from "@/components/analytics/session-tracking";
