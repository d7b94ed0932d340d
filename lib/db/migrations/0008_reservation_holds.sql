ALTER TABLE "reservations" ADD COLUMN "client_address" text;--> statement-breakpoint
CREATE INDEX "reservations_active_email_idx" ON "reservations" USING btree (lower("email")) WHERE "reservations"."status" = 'active';--> statement-breakpoint
CREATE INDEX "reservations_active_client_idx" ON "reservations" USING btree ("client_address") WHERE "reservations"."status" = 'active';