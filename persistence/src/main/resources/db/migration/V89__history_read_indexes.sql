-- Reading one applicant's history looks up the audited specialty rows of the applicant's cycles by cycle
-- (ApplicantHistory); without this index each look-up scans every cycle's history (~50,000 rows for 10,000
-- applicants with 5 cycles each).
CREATE INDEX ix_cycle_specialty_aud_cycle ON cycle_specialty_aud (cycle_id, rev);
