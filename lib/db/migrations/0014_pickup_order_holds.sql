ALTER TABLE "orders" ADD COLUMN "hold_expires_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "orders" ADD COLUMN "expired_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "orders" ADD COLUMN "client_address" text;--> statement-breakpoint
CREATE INDEX "orders_pickup_hold_idx" ON "orders" USING btree ("hold_expires_at") WHERE "orders"."hold_expires_at" is not null and "orders"."collected_at" is null and "orders"."cancelled_at" is null and "orders"."expired_at" is null;--> statement-breakpoint
CREATE INDEX "orders_holding_email_idx" ON "orders" USING btree (lower("email")) WHERE "orders"."hold_expires_at" is not null and "orders"."collected_at" is null and "orders"."cancelled_at" is null and "orders"."expired_at" is null;--> statement-breakpoint
CREATE INDEX "orders_holding_client_idx" ON "orders" USING btree ("client_address") WHERE "orders"."client_address" is not null;--> statement-breakpoint
-- Open unpaid pickup orders placed before holds existed get the default hold (48 h) from now, instead of holding forever.
UPDATE "orders" SET "hold_expires_at" = now() + interval '48 hours' WHERE "fulfilment" = 'pickup' AND "status" = 'awaiting_pickup' AND "collected_at" IS NULL AND "cancelled_at" IS NULL;
