-- PostgreSQL only (architecture rule 5): partial indexes (CREATE INDEX ... WHERE) are not supported by H2, the
-- embedded default, which reads the same small tables without them. Flyway reads this folder through
-- spring.flyway.locations=...,classpath:db/vendor/{vendor}.
-- Chosen with EXPLAIN (ANALYZE, BUFFERS) on 10,000 applicants (docs/benchmarks.md, "Dashboard").

-- headline "with an open HIGH flag": a few hundred rows instead of a sequential scan of every flag
CREATE INDEX ix_flag_open_high ON applicant_flag (applicant_id) WHERE status = 'OPEN' AND severity = 'HIGH';

-- flags by category and the list's active-flag count and category filter: active (OPEN, ADDRESSED) flags only
CREATE INDEX ix_flag_active ON applicant_flag (applicant_id, category) WHERE status <> 'CLOSED';

-- remediation actions still to do, by plan and due date
CREATE INDEX ix_action_open_due ON remediation_action (plan_id, due_date) WHERE status IN ('PLANNED', 'IN_PROGRESS');
