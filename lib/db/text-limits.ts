/**
 * Longest value of each free-text field a client can write (docs/security.md), in characters.
 * The API checks them with zod and the database with CHECK constraints, so no path stores more.
 */
export const TEXT_LIMITS = {
  personName: 100,
  email: 254,
  imageUrl: 2048,
  /** A delivery address as stored (JSON), in bytes. */
  deliveryAddressJson: 1024,
  campaignSource: 100,
  clientEventId: 64,
  idempotencyKey: 255,
  passkeyName: 100,
  /** What a shopper who does not like the shop writes (satisfaction question). */
  feedbackMessage: 1000,
} as const;
