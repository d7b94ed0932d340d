-- Every stock change is announced on the "stock_changed" channel, whichever code path (orders,
-- reservations, admin, psql) made it. Server instances LISTEN and forward it to open pages
-- (/api/stock/stream); PGlite delivers the same notifications in-process.
CREATE FUNCTION notify_stock_change() RETURNS trigger AS $$
BEGIN
  PERFORM pg_notify('stock_changed', json_build_object('sku', NEW.sku, 'location', NEW.location, 'available', NEW.quantity)::text);
  RETURN NULL;
END $$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER stock_levels_notify AFTER INSERT OR UPDATE OF quantity ON stock_levels
  FOR EACH ROW EXECUTE FUNCTION notify_stock_change();
