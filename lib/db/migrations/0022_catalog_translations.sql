CREATE TABLE "catalog_terms" (
	"kind" text NOT NULL,
	"value" text NOT NULL,
	"locale" text NOT NULL,
	"label" text NOT NULL,
	CONSTRAINT "catalog_terms_kind_value_locale_pk" PRIMARY KEY("kind","value","locale"),
	CONSTRAINT "catalog_terms_kind" CHECK ("catalog_terms"."kind" in ('colour', 'size')),
	CONSTRAINT "catalog_terms_locale" CHECK ("catalog_terms"."locale" <> 'fr')
);
--> statement-breakpoint
CREATE TABLE "category_translations" (
	"category_slug" text NOT NULL,
	"locale" text NOT NULL,
	"name" text NOT NULL,
	CONSTRAINT "category_translations_category_slug_locale_pk" PRIMARY KEY("category_slug","locale"),
	CONSTRAINT "category_translations_locale" CHECK ("category_translations"."locale" <> 'fr')
);
--> statement-breakpoint
CREATE TABLE "product_translations" (
	"product_slug" text NOT NULL,
	"locale" text NOT NULL,
	"name" text NOT NULL,
	"description" text NOT NULL,
	CONSTRAINT "product_translations_product_slug_locale_pk" PRIMARY KEY("product_slug","locale"),
	CONSTRAINT "product_translations_locale" CHECK ("product_translations"."locale" <> 'fr')
);
--> statement-breakpoint
ALTER TABLE "category_translations" ADD CONSTRAINT "category_translations_category_slug_categories_slug_fk" FOREIGN KEY ("category_slug") REFERENCES "public"."categories"("slug") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "product_translations" ADD CONSTRAINT "product_translations_product_slug_products_slug_fk" FOREIGN KEY ("product_slug") REFERENCES "public"."products"("slug") ON DELETE cascade ON UPDATE no action;