/**
 * Every abuse cap, with its environment variable and default (docs/security.md). A cap is
 * `points` actions per `seconds`; a limit of 0 turns the cap off.
 */
export interface Cap {
  env: string;
  points: number;
  seconds: number;
}

function cap(env: string, points: number, seconds: number): Cap {
  const configured = process.env[env];
  const value = configured === undefined || configured === "" ? points : Number(configured);
  if (!Number.isInteger(value) || value < 0) throw new Error(`${env} must be a whole number ≥ 0 (got "${configured}")`);
  return { env, points: value, seconds };
}

const HOUR = 3600;

export const CAPS = {
  reservationsPerClient: cap("LIMIT_RESERVATIONS_PER_HOUR", 10, HOUR),
  ordersPerClient: cap("LIMIT_ORDERS_PER_HOUR", 20, HOUR),
  eventBatchesPerClient: cap("LIMIT_EVENT_BATCHES_PER_MINUTE", 120, 60),
  signUpsPerClient: cap("LIMIT_SIGN_UPS_PER_HOUR", 5, HOUR),
  mailsPerRecipient: cap("LIMIT_MAILS_PER_RECIPIENT_PER_DAY", 10, 24 * HOUR),
  mailsPerClient: cap("LIMIT_MAILS_PER_CLIENT_PER_HOUR", 20, HOUR),
  feedbackPerClient: cap("LIMIT_FEEDBACK_PER_HOUR", 5, HOUR),
} as const;

export type CapName = keyof typeof CAPS;

/** Active holds (reservations and unpaid pickup orders) one e-mail address or one client may have at once. */
export const ACTIVE_HOLDS = {
  perEmail: cap("LIMIT_ACTIVE_HOLDS_PER_EMAIL", 3, 0).points,
  perClient: cap("LIMIT_ACTIVE_HOLDS_PER_CLIENT", 5, 0).points,
};
