-- Finished cohort exports are kept for matchwise.exports.keep (default 14 days); then their ZIP is deleted and
-- the job stays listed as EXPIRED, so the exports page still shows who exported which cohort when.
ALTER TABLE report_export_job DROP CONSTRAINT ck_export_status;
ALTER TABLE report_export_job ADD CONSTRAINT ck_export_status
    CHECK (status IN ('QUEUED', 'RUNNING', 'DONE', 'FAILED', 'EXPIRED'));
