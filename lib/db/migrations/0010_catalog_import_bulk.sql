-- The catalog import (docs/import.md) writes hundreds of thousands of SKU and stock rows in one
-- transaction. Stamping their product at commit once per row would queue that many deferred
-- trigger calls; with vitrine.bulk_catalog set (set_config(..., true): that transaction only)
-- SKU and stock writes stamp nothing, and the import stamps each product it touched once itself
-- (lib/import/merge.ts, stampProducts). Product and category rows, and every other writer, are
-- unchanged (docs/offline.md).
CREATE OR REPLACE FUNCTION sku_row_changed() RETURNS trigger AS $$
BEGIN
  IF current_setting('vitrine.bulk_catalog', true) = 'on' THEN RETURN NULL; END IF;
  IF TG_OP <> 'INSERT' THEN PERFORM stamp_catalog_version('product', OLD.product_slug); END IF;
  IF TG_OP <> 'DELETE' THEN PERFORM stamp_catalog_version('product', NEW.product_slug); END IF;
  RETURN NULL;
END $$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION stock_row_changed() RETURNS trigger AS $$
BEGIN
  IF current_setting('vitrine.bulk_catalog', true) = 'on' THEN RETURN NULL; END IF;
  PERFORM stamp_catalog_version('product', (SELECT product_slug FROM skus WHERE sku = NEW.sku));
  RETURN NULL;
END $$ LANGUAGE plpgsql;
