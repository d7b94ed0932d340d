-- The points ledger is history (docs/engagement.md#points): rows are appended, never changed.
-- Deleting stays possible so that erasing an account (its foreign key cascades) removes them.
CREATE FUNCTION refuse_loyalty_ledger_change() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'loyalty_ledger is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END $$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER loyalty_ledger_append_only BEFORE UPDATE ON loyalty_ledger
  FOR EACH ROW EXECUTE FUNCTION refuse_loyalty_ledger_change();
--> statement-breakpoint
CREATE TRIGGER loyalty_ledger_no_truncate BEFORE TRUNCATE ON loyalty_ledger
  FOR EACH STATEMENT EXECUTE FUNCTION refuse_loyalty_ledger_change();
