/**
 * The largest page `GET /api/catalog` serves (docs/api.md), the size the offline mirror asks for:
 * only pages of this size are kept in the server's cache (docs/offline.md).
 */
export const FEED_MAX_LIMIT = 1000;
