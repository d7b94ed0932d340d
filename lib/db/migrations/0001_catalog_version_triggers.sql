-- Any change a shopper's offline mirror must see bumps the product's version,
-- whichever code path (app, admin, psql) made it.
CREATE FUNCTION bump_row_version() RETURNS trigger AS $$
BEGIN
  NEW.version := nextval('catalog_version_seq');
  RETURN NEW;
END $$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER products_version BEFORE UPDATE ON products
  FOR EACH ROW EXECUTE FUNCTION bump_row_version();
--> statement-breakpoint
CREATE TRIGGER categories_version BEFORE UPDATE ON categories
  FOR EACH ROW EXECUTE FUNCTION bump_row_version();
--> statement-breakpoint
CREATE FUNCTION bump_product_of_sku() RETURNS trigger AS $$
BEGIN
  UPDATE products SET version = nextval('catalog_version_seq')
   WHERE slug = (SELECT product_slug FROM skus WHERE sku = COALESCE(NEW.sku, OLD.sku));
  RETURN NULL;
END $$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER skus_bump_product AFTER INSERT OR UPDATE OR DELETE ON skus
  FOR EACH ROW EXECUTE FUNCTION bump_product_of_sku();
--> statement-breakpoint
CREATE TRIGGER stock_bump_product AFTER INSERT OR UPDATE ON stock_levels
  FOR EACH ROW EXECUTE FUNCTION bump_product_of_sku();
