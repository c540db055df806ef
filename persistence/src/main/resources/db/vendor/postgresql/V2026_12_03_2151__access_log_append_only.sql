-- The access log is append-only (issue 11, FERPA): no UPDATE, DELETE or TRUNCATE of its rows, whoever asks, the
-- application's own database role included. PostgreSQL only in this file (architecture rule 5): the trigger is
-- PL/pgSQL; db/vendor/h2 holds the same rule for the embedded default, with the same version.
-- An installation that runs the application as a role other than the tables' owner can also take the privileges away:
--   REVOKE UPDATE, DELETE, TRUNCATE ON access_log FROM <application role>;
CREATE FUNCTION access_log_append_only() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'access_log is append-only: % is not allowed', TG_OP
        USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER access_log_no_update_or_delete
    BEFORE UPDATE OR DELETE ON access_log
    FOR EACH ROW EXECUTE FUNCTION access_log_append_only();

CREATE TRIGGER access_log_no_truncate
    BEFORE TRUNCATE ON access_log
    FOR EACH STATEMENT EXECUTE FUNCTION access_log_append_only();
