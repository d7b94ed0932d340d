-- Consent records are proof (docs/engagement.md#consent-records): rows are appended, never
-- changed nor removed, whichever code path (app, admin, psql) tries.
CREATE FUNCTION refuse_consent_record_change() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'consent_records is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END $$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER consent_records_append_only BEFORE UPDATE OR DELETE ON consent_records
  FOR EACH ROW EXECUTE FUNCTION refuse_consent_record_change();
--> statement-breakpoint
CREATE TRIGGER consent_records_no_truncate BEFORE TRUNCATE ON consent_records
  FOR EACH STATEMENT EXECUTE FUNCTION refuse_consent_record_change();
