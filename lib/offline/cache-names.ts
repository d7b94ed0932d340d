/**
 * Names of the service worker's runtime caches, shared with pages (sign-out clears some).
 * A version suffix changes only when what a cache holds changes meaning.
 */
export const CACHE_NAMES = {
  /** HTML of visited pages (NetworkFirst navigations). May reflect who was signed in. */
  pages: "vitrine-pages-v1",
  /** Hashed Next.js chunks of every build seen, so a tab opened on an older build keeps working. */
  static: "vitrine-static-v1",
  images: "vitrine-images-v1",
} as const;
