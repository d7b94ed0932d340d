import { z } from "zod";
import type { DeliveryConfig } from "./types";

export { DELIVERY_METHODS, type DeliveryConfig, type DeliveryMethod, type MethodRule } from "./types";

const cents = z.coerce.number().int().min(0).max(100_000);
const days = z
  .string()
  .regex(/^\d{1,2}(-\d{1,2})?$/, "must be N or N-M business days")
  .transform((value) => {
    const [min, max] = value.split("-").map(Number) as [number, number?];
    return { min, max: Math.max(min, max ?? min) };
  });

const envSchema = z.object({
  DELIVERY_HOME_FEE_CENTS: cents.default(490),
  DELIVERY_RELAY_FEE_CENTS: cents.default(390),
  DELIVERY_HOME_DAYS: days.prefault("2-3"),
  DELIVERY_RELAY_DAYS: days.prefault("3-5"),
  PICKUP_READY_DAYS: days.prefault("0"),
  SHIP_TO_STORE_DAYS: days.prefault("3-4"),
  FREE_DELIVERY_THRESHOLD_CENTS: cents.default(5000),
  DELIVERY_CUTOFF_HOUR: z.coerce.number().int().min(0).max(24).default(14),
  DELIVERY_TIME_ZONE: z
    .string()
    .refine((zone) => {
      try {
        new Intl.DateTimeFormat("en", { timeZone: zone });
        return true;
      } catch {
        return false;
      }
    }, "must be an IANA time zone")
    .default("Europe/Paris"),
  RETURNS_DAYS: z.coerce.number().int().min(0).max(365).default(30),
});

/**
 * Delivery prices and delays from the environment (docs/delivery.md#configuration); a value
 * that does not parse stops the server at start rather than charging a wrong fee.
 */
export function deliveryConfig(env: Record<string, string | undefined> = process.env): DeliveryConfig {
  const set = Object.fromEntries(Object.entries(env).filter(([key, value]) => key in envSchema.shape && value !== undefined && value !== ""));
  const parsed = envSchema.safeParse(set);
  if (!parsed.success) throw new Error(`Delivery configuration: ${parsed.error.issues.map((i) => `${i.path.join(".")} ${i.message}`).join("; ")}`);
  const c = parsed.data;
  return {
    methods: {
      home: { feeCents: c.DELIVERY_HOME_FEE_CENTS, minDays: c.DELIVERY_HOME_DAYS.min, maxDays: c.DELIVERY_HOME_DAYS.max },
      relay: { feeCents: c.DELIVERY_RELAY_FEE_CENTS, minDays: c.DELIVERY_RELAY_DAYS.min, maxDays: c.DELIVERY_RELAY_DAYS.max },
      pickup: { feeCents: 0, minDays: c.PICKUP_READY_DAYS.min, maxDays: c.PICKUP_READY_DAYS.max },
    },
    shipToStore: { feeCents: 0, minDays: c.SHIP_TO_STORE_DAYS.min, maxDays: c.SHIP_TO_STORE_DAYS.max },
    freeThresholdCents: c.FREE_DELIVERY_THRESHOLD_CENTS,
    cutoffHour: c.DELIVERY_CUTOFF_HOUR,
    timeZone: c.DELIVERY_TIME_ZONE,
    returnsDays: c.RETURNS_DAYS,
  };
}

let shared: DeliveryConfig | undefined;

/** This process's configuration, read once. */
export function getDeliveryConfig(): DeliveryConfig {
  shared ??= deliveryConfig();
  return shared;
}
