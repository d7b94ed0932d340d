ALTER TABLE "analytics_events" ADD COLUMN "in_store" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "kpi_daily" ADD COLUMN "in_store_orders" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "orders" ADD COLUMN "origin_store_slug" text;--> statement-breakpoint
ALTER TABLE "orders" ADD CONSTRAINT "orders_origin_store_slug_stores_slug_fk" FOREIGN KEY ("origin_store_slug") REFERENCES "public"."stores"("slug") ON DELETE no action ON UPDATE no action;