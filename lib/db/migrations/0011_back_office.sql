CREATE TABLE "analytics_events" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "analytics_events_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"type" text NOT NULL,
	"visitor_id" text NOT NULL,
	"user_id" text,
	"session_id" text,
	"device_class" text NOT NULL,
	"installed" boolean DEFAULT false NOT NULL,
	"source" text,
	"campaign" text,
	"store_slug" text,
	"offline" boolean DEFAULT false NOT NULL,
	"quantity" integer DEFAULT 1 NOT NULL,
	"detail" text,
	"prior_device" text,
	"occurred_at" timestamp with time zone NOT NULL,
	"client_event_id" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "campaigns" (
	"slug" text PRIMARY KEY NOT NULL,
	"match_source" text,
	"match_campaign" text,
	"title" text NOT NULL,
	"text" text NOT NULL,
	"image_url" text,
	"category_slug" text,
	"product_slugs" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"promo_code" text,
	"starts_at" timestamp with time zone,
	"ends_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "campaigns_matches_something" CHECK ("campaigns"."match_source" is not null or "campaigns"."match_campaign" is not null)
);
--> statement-breakpoint
CREATE TABLE "kpi_cross_device" (
	"day" text NOT NULL,
	"from_device" text NOT NULL,
	"to_device" text NOT NULL,
	"orders" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "kpi_cross_device_day_from_device_to_device_pk" PRIMARY KEY("day","from_device","to_device")
);
--> statement-breakpoint
CREATE TABLE "kpi_daily" (
	"day" text NOT NULL,
	"device_class" text NOT NULL,
	"installed" boolean NOT NULL,
	"source" text DEFAULT '' NOT NULL,
	"campaign" text DEFAULT '' NOT NULL,
	"store_slug" text DEFAULT '' NOT NULL,
	"visitors" integer DEFAULT 0 NOT NULL,
	"sessions" integer DEFAULT 0 NOT NULL,
	"product_views" integer DEFAULT 0 NOT NULL,
	"add_to_cart" integer DEFAULT 0 NOT NULL,
	"checkout_started" integer DEFAULT 0 NOT NULL,
	"orders" integer DEFAULT 0 NOT NULL,
	"pickup_orders" integer DEFAULT 0 NOT NULL,
	"delivery_orders" integer DEFAULT 0 NOT NULL,
	"reservations" integer DEFAULT 0 NOT NULL,
	"sold_out_reservations" integer DEFAULT 0 NOT NULL,
	"signup_prompts" integer DEFAULT 0 NOT NULL,
	"signups" integer DEFAULT 0 NOT NULL,
	"offline_sessions" integer DEFAULT 0 NOT NULL,
	"offline_cart_changes" integer DEFAULT 0 NOT NULL,
	"cross_device_orders" integer DEFAULT 0 NOT NULL,
	"signed_in_orders" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "kpi_daily_day_device_class_installed_source_campaign_store_slug_pk" PRIMARY KEY("day","device_class","installed","source","campaign","store_slug")
);
--> statement-breakpoint
CREATE TABLE "kpi_visitor_days" (
	"day" text NOT NULL,
	"visitor_id" text NOT NULL,
	"device_class" text NOT NULL,
	"installed" boolean NOT NULL,
	CONSTRAINT "kpi_visitor_days_day_visitor_id_pk" PRIMARY KEY("day","visitor_id")
);
--> statement-breakpoint
CREATE TABLE "staff_roles" (
	"user_id" text PRIMARY KEY NOT NULL,
	"role" text NOT NULL,
	"store_slug" text,
	"granted_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "orders" ADD COLUMN "ready_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "orders" ADD COLUMN "collected_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "orders" ADD COLUMN "cancelled_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "orders" ADD COLUMN "locale" text DEFAULT 'fr' NOT NULL;--> statement-breakpoint
ALTER TABLE "orders" ADD COLUMN "first_touch" jsonb;--> statement-breakpoint
ALTER TABLE "orders" ADD COLUMN "last_touch" jsonb;--> statement-breakpoint
ALTER TABLE "reservations" ADD COLUMN "ready_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "reservations" ADD COLUMN "collected_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "reservations" ADD COLUMN "locale" text DEFAULT 'fr' NOT NULL;--> statement-breakpoint
ALTER TABLE "reservations" ADD COLUMN "first_touch" jsonb;--> statement-breakpoint
ALTER TABLE "reservations" ADD COLUMN "last_touch" jsonb;--> statement-breakpoint
ALTER TABLE "campaigns" ADD CONSTRAINT "campaigns_category_slug_categories_slug_fk" FOREIGN KEY ("category_slug") REFERENCES "public"."categories"("slug") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staff_roles" ADD CONSTRAINT "staff_roles_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staff_roles" ADD CONSTRAINT "staff_roles_store_slug_stores_slug_fk" FOREIGN KEY ("store_slug") REFERENCES "public"."stores"("slug") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "analytics_events_client_idx" ON "analytics_events" USING btree ("visitor_id","client_event_id");--> statement-breakpoint
CREATE INDEX "analytics_events_user_idx" ON "analytics_events" USING btree ("user_id","occurred_at");--> statement-breakpoint
CREATE INDEX "analytics_events_occurred_idx" ON "analytics_events" USING btree ("occurred_at");--> statement-breakpoint
CREATE INDEX "orders_store_idx" ON "orders" USING btree ("store_slug","created_at");--> statement-breakpoint
CREATE INDEX "reservations_store_idx" ON "reservations" USING btree ("store_slug","created_at");