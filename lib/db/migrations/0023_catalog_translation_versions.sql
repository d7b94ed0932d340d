-- A translation is part of what the offline mirror carries (docs/catalog-languages.md): adding,
-- editing or removing one stamps its product or category with a new catalog version at commit,
-- like any catalog write (migration catalog_versions_at_commit).
CREATE FUNCTION product_translation_changed() RETURNS trigger AS $$
BEGIN
  IF TG_OP <> 'INSERT' THEN PERFORM stamp_catalog_version('product', OLD.product_slug); END IF;
  IF TG_OP <> 'DELETE' THEN PERFORM stamp_catalog_version('product', NEW.product_slug); END IF;
  RETURN NULL;
END $$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE FUNCTION category_translation_changed() RETURNS trigger AS $$
BEGIN
  IF TG_OP <> 'INSERT' THEN PERFORM stamp_catalog_version('category', OLD.category_slug); END IF;
  IF TG_OP <> 'DELETE' THEN PERFORM stamp_catalog_version('category', NEW.category_slug); END IF;
  RETURN NULL;
END $$ LANGUAGE plpgsql;
--> statement-breakpoint
-- A glossary term (a colour or size label) shows on every product with a SKU of that value:
-- each of them is stamped. Glossary edits are rare; a catalog of 100,000 products has a few
-- thousand products per colour.
CREATE FUNCTION catalog_term_changed() RETURNS trigger AS $$
DECLARE
  term record;
  product text;
BEGIN
  IF TG_OP = 'DELETE' THEN term := OLD; ELSE term := NEW; END IF;
  FOR product IN
    SELECT DISTINCT s.product_slug FROM skus s
     WHERE (term.kind = 'colour' AND s.colour = term.value) OR (term.kind = 'size' AND s.size = term.value)
        OR (TG_OP = 'UPDATE' AND ((OLD.kind = 'colour' AND s.colour = OLD.value) OR (OLD.kind = 'size' AND s.size = OLD.value)))
     ORDER BY s.product_slug
  LOOP
    PERFORM stamp_catalog_version('product', product);
  END LOOP;
  RETURN NULL;
END $$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER product_translations_version_at_commit AFTER INSERT OR UPDATE OR DELETE ON product_translations
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION product_translation_changed();
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER category_translations_version_at_commit AFTER INSERT OR UPDATE OR DELETE ON category_translations
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION category_translation_changed();
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER catalog_terms_version_at_commit AFTER INSERT OR UPDATE OR DELETE ON catalog_terms
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION catalog_term_changed();
