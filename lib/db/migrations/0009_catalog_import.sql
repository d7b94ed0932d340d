CREATE TABLE "catalog_pictures" (
	"id" text PRIMARY KEY NOT NULL,
	"master" "bytea" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "imports" (
	"id" text PRIMARY KEY NOT NULL,
	"started_at" timestamp with time zone NOT NULL,
	"finished_at" timestamp with time zone NOT NULL,
	"status" text NOT NULL,
	"changed" boolean NOT NULL,
	"report" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "local_offers" (
	"sku" text NOT NULL,
	"store_slug" text NOT NULL,
	"price_cents" integer,
	"pickup_method" text,
	"pickup_sla" text,
	CONSTRAINT "local_offers_sku_store_slug_pk" PRIMARY KEY("sku","store_slug")
);
--> statement-breakpoint
ALTER TABLE "categories" ADD COLUMN "retired_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "products" ADD COLUMN "feed_id" text;--> statement-breakpoint
ALTER TABLE "products" ADD COLUMN "link" text;--> statement-breakpoint
ALTER TABLE "products" ADD COLUMN "product_type" text;--> statement-breakpoint
ALTER TABLE "products" ADD COLUMN "google_product_category" text;--> statement-breakpoint
ALTER TABLE "skus" ADD COLUMN "gtin" text;--> statement-breakpoint
ALTER TABLE "skus" ADD COLUMN "list_price_cents" integer;--> statement-breakpoint
ALTER TABLE "skus" ADD COLUMN "sale_price_cents" integer;--> statement-breakpoint
ALTER TABLE "skus" ADD COLUMN "sale_starts_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "skus" ADD COLUMN "sale_ends_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "local_offers" ADD CONSTRAINT "local_offers_sku_skus_sku_fk" FOREIGN KEY ("sku") REFERENCES "public"."skus"("sku") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "local_offers" ADD CONSTRAINT "local_offers_store_slug_stores_slug_fk" FOREIGN KEY ("store_slug") REFERENCES "public"."stores"("slug") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "imports_started_idx" ON "imports" USING btree ("started_at");--> statement-breakpoint
CREATE UNIQUE INDEX "products_feed_id_idx" ON "products" USING btree ("feed_id");--> statement-breakpoint
CREATE UNIQUE INDEX "skus_gtin_idx" ON "skus" USING btree ("gtin");