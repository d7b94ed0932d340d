CREATE TABLE "catalog_versions" (
	"kind" text NOT NULL,
	"slug" text NOT NULL,
	"version" bigint NOT NULL,
	CONSTRAINT "catalog_versions_kind_slug_pk" PRIMARY KEY("kind","slug")
);
--> statement-breakpoint
DROP INDEX "products_version_idx";--> statement-breakpoint
CREATE INDEX "catalog_versions_kind_version_idx" ON "catalog_versions" USING btree ("kind","version");--> statement-breakpoint
ALTER TABLE "categories" DROP COLUMN "version";--> statement-breakpoint
ALTER TABLE "products" DROP COLUMN "version";