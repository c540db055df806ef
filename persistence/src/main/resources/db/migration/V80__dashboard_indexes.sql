-- Indexes for the caseload dashboard's aggregate reads (org.matchwise.dashboard.persistence.CaseloadQueries),
-- chosen with EXPLAIN (ANALYZE, BUFFERS) on 10,000 applicants (docs/benchmarks.md, "Dashboard"). Each lets a
-- per-applicant look-up of the scope be answered from the index alone (PostgreSQL: index-only scans).

-- the latest stored verdict: newest assessed_at, then newest id
CREATE INDEX ix_assessment_latest ON assessment_record (applicant_id, assessed_at, id, verdict);

-- re-applicant: a cycle in an earlier match year
CREATE INDEX ix_cycle_applicant_year ON application_cycle (applicant_id, match_year);

-- letters pipeline: counts per status and overdue letters
CREATE INDEX ix_letter_applicant_status ON recommendation_letter (applicant_id, status, due_date);
