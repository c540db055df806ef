-- A copy of one CaseloadQueries statement (docs/benchmarks.md, "Dashboard") with the values bound for the
-- benchmark school (id 2), its advisor (id 3), match year 2027, today 2026-11-23 and the default rule set.
SELECT d.category, COUNT(*) FROM (SELECT f.category AS category, f.applicant_id FROM applicant_flag f JOIN applicant a ON a.id = f.applicant_id WHERE f.status <> 'CLOSED' AND a.school_id = 2 AND a.match_year = 2027 AND EXISTS (SELECT 1 FROM applicant_advisor aa WHERE aa.applicant_id = a.id AND aa.advisor_id = 3) GROUP BY f.category, f.applicant_id) d GROUP BY d.category;
