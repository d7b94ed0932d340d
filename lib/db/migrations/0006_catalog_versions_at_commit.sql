-- Catalog versions are taken when the writing transaction commits, in commit order
-- (docs/offline.md, "Catalog mirror"). Before, a row took nextval() when it was written and
-- became visible at commit: a reader that passed version 102 never saw a 101 committed later.
-- Now deferred constraint triggers stamp catalog_versions at commit, under one advisory lock
-- held until the commit is visible, so a transaction's versions are always above those of every
-- transaction already committed. Stock changes stamp their product in catalog_versions and no
-- longer update (and lock) the product row.
DROP TRIGGER products_version ON products;
--> statement-breakpoint
DROP TRIGGER categories_version ON categories;
--> statement-breakpoint
DROP TRIGGER skus_bump_product ON skus;
--> statement-breakpoint
DROP TRIGGER stock_bump_product ON stock_levels;
--> statement-breakpoint
DROP FUNCTION bump_product_of_sku();
--> statement-breakpoint
DROP FUNCTION bump_row_version();
--> statement-breakpoint
-- The next catalog version, taken under the catalog commit lock (held to the end of the
-- transaction): versions are handed out in the order their transactions commit.
CREATE FUNCTION catalog_version_next() RETURNS bigint AS $$
BEGIN
  PERFORM pg_advisory_xact_lock(7263200501);
  RETURN nextval('catalog_version_seq');
END $$ LANGUAGE plpgsql;
--> statement-breakpoint
-- Stamps one product or category once per transaction (the row's xmin tells whether this
-- transaction stamped it already). Nothing for a row gone by commit time (deleted since).
CREATE FUNCTION stamp_catalog_version(entity text, entity_slug text) RETURNS void AS $$
BEGIN
  IF entity_slug IS NULL THEN RETURN; END IF;
  IF EXISTS (SELECT 1 FROM catalog_versions v WHERE v.kind = entity AND v.slug = entity_slug AND v.xmin = pg_current_xact_id()::xid) THEN
    RETURN;
  END IF;
  IF entity = 'product' AND NOT EXISTS (SELECT 1 FROM products WHERE slug = entity_slug) THEN RETURN; END IF;
  IF entity = 'category' AND NOT EXISTS (SELECT 1 FROM categories WHERE slug = entity_slug) THEN RETURN; END IF;
  INSERT INTO catalog_versions AS v (kind, slug, version) VALUES (entity, entity_slug, catalog_version_next())
    ON CONFLICT (kind, slug) DO UPDATE SET version = EXCLUDED.version;
END $$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE FUNCTION product_row_changed() RETURNS trigger AS $$
BEGIN
  PERFORM stamp_catalog_version('product', NEW.slug);
  RETURN NULL;
END $$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE FUNCTION category_row_changed() RETURNS trigger AS $$
BEGIN
  PERFORM stamp_catalog_version('category', NEW.slug);
  RETURN NULL;
END $$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE FUNCTION sku_row_changed() RETURNS trigger AS $$
BEGIN
  IF TG_OP <> 'INSERT' THEN PERFORM stamp_catalog_version('product', OLD.product_slug); END IF;
  IF TG_OP <> 'DELETE' THEN PERFORM stamp_catalog_version('product', NEW.product_slug); END IF;
  RETURN NULL;
END $$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE FUNCTION stock_row_changed() RETURNS trigger AS $$
BEGIN
  PERFORM stamp_catalog_version('product', (SELECT product_slug FROM skus WHERE sku = NEW.sku));
  RETURN NULL;
END $$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER products_version_at_commit AFTER INSERT OR UPDATE ON products
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION product_row_changed();
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER categories_version_at_commit AFTER INSERT OR UPDATE ON categories
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION category_row_changed();
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER skus_version_at_commit AFTER INSERT OR UPDATE OR DELETE ON skus
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION sku_row_changed();
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER stock_version_at_commit AFTER INSERT OR UPDATE OF quantity ON stock_levels
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION stock_row_changed();
--> statement-breakpoint
-- Every existing category and product gets a version above any cursor a device holds: each
-- mirror downloads the catalog once more, and misses nothing.
INSERT INTO catalog_versions (kind, slug, version)
  SELECT 'category', slug, catalog_version_next() FROM (SELECT slug FROM categories ORDER BY slug) c;
--> statement-breakpoint
INSERT INTO catalog_versions (kind, slug, version)
  SELECT 'product', slug, catalog_version_next() FROM (SELECT slug FROM products ORDER BY slug) p;
