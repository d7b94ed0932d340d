-- Values written before the length limits (docs/security.md) are shortened so the CHECK
-- constraints of the next migration can be added; a 5 MB sign-up name becomes 100 characters.
UPDATE "users" SET "name" = left("name", 100) WHERE char_length("name") > 100;--> statement-breakpoint
UPDATE "users" SET "image" = NULL WHERE char_length("image") > 2048;--> statement-breakpoint
UPDATE "passkeys" SET "name" = left("name", 100) WHERE char_length("name") > 100;--> statement-breakpoint
UPDATE "product_views" SET "source" = left("source", 100) WHERE char_length("source") > 100;
