-- The catalog import (docs/import.md) writes hundreds of thousands of SKU and stock rows in one
-- transaction. Bumping their product once per row made it minutes long; with
-- vitrine.bulk_catalog set (SET LOCAL, that transaction only) the import bumps each product
-- it touched once, itself. Every other writer is unchanged.
CREATE OR REPLACE FUNCTION bump_product_of_sku() RETURNS trigger AS $$
BEGIN
  IF current_setting('vitrine.bulk_catalog', true) = 'on' THEN
    RETURN NULL;
  END IF;
  UPDATE products SET version = nextval('catalog_version_seq')
   WHERE slug = (SELECT product_slug FROM skus WHERE sku = COALESCE(NEW.sku, OLD.sku));
  RETURN NULL;
END $$ LANGUAGE plpgsql;
