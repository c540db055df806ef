-- The access log is append-only (issue 11, FERPA) on the embedded default too: H2 runs a Java trigger class
-- (org.matchwise.audit.persistence.AppendOnlyTrigger) that refuses every UPDATE and DELETE of a row. H2 only in
-- this file (architecture rule 5): PostgreSQL gets a PL/pgSQL trigger of the same version in db/vendor/postgresql.
CREATE TRIGGER access_log_no_update BEFORE UPDATE ON access_log FOR EACH ROW
    CALL 'org.matchwise.audit.persistence.AppendOnlyTrigger';
CREATE TRIGGER access_log_no_delete BEFORE DELETE ON access_log FOR EACH ROW
    CALL 'org.matchwise.audit.persistence.AppendOnlyTrigger';
