-- Issue 11 item 1 (the applicant projection): an advisor's manual flag (R18) stays with the office unless the
-- advisor shares it with the applicant; advisor-entered action evidence may be marked internal (never shown to the
-- applicant). Both default to the private side. Runs unchanged on H2 (PostgreSQL mode) and PostgreSQL.
ALTER TABLE applicant_flag ADD COLUMN shared BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE applicant_flag_aud ADD COLUMN shared BOOLEAN;
ALTER TABLE remediation_action ADD COLUMN evidence_internal BOOLEAN DEFAULT FALSE NOT NULL;
