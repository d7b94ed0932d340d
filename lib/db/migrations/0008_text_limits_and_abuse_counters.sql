CREATE TABLE "abuse_counters" (
	"key" text PRIMARY KEY NOT NULL,
	"points" integer NOT NULL,
	"expire" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "reservations" ADD COLUMN "client_address" text;--> statement-breakpoint
CREATE INDEX "reservations_active_email_idx" ON "reservations" USING btree (lower("email")) WHERE "reservations"."status" = 'active';--> statement-breakpoint
CREATE INDEX "reservations_active_client_idx" ON "reservations" USING btree ("client_address") WHERE "reservations"."status" = 'active';--> statement-breakpoint
ALTER TABLE "idempotency_keys" ADD CONSTRAINT "idempotency_keys_key_length" CHECK (char_length("idempotency_keys"."key") <= 255);--> statement-breakpoint
ALTER TABLE "orders" ADD CONSTRAINT "orders_email_length" CHECK (char_length("orders"."email") <= 254);--> statement-breakpoint
ALTER TABLE "orders" ADD CONSTRAINT "orders_delivery_address_size" CHECK (octet_length("orders"."delivery_address"::text) <= 1024);--> statement-breakpoint
ALTER TABLE "passkeys" ADD CONSTRAINT "passkeys_name_length" CHECK (char_length("passkeys"."name") <= 100);--> statement-breakpoint
ALTER TABLE "product_views" ADD CONSTRAINT "product_views_source_length" CHECK (char_length("product_views"."source") <= 100);--> statement-breakpoint
ALTER TABLE "product_views" ADD CONSTRAINT "product_views_client_event_id_length" CHECK (char_length("product_views"."client_event_id") <= 64);--> statement-breakpoint
ALTER TABLE "reservations" ADD CONSTRAINT "reservations_email_length" CHECK (char_length("reservations"."email") <= 254);--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_name_length" CHECK (char_length("users"."name") <= 100);--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_email_length" CHECK (char_length("users"."email") <= 254);--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_image_length" CHECK (char_length("users"."image") <= 2048);