-- A copy of one CaseloadQueries statement (docs/benchmarks.md, "Dashboard") with the values bound for the
-- benchmark school (id 2), its advisor (id 3), match year 2027, today 2026-11-23 and the default rule set.
SELECT * FROM (SELECT a.id, a.given_name, a.family_name, CASE WHEN (CASE WHEN COALESCE(s.has_ck, 1) = 1 THEN s.ck_pass ELSE s.l2_pass END) IS NOT NULL THEN 'PASSED' WHEN (CASE WHEN COALESCE(s.has_ck, 1) = 1 THEN s.ck_sched ELSE s.l2_sched END) IS NOT NULL THEN (CASE WHEN (CASE WHEN COALESCE(s.has_ck, 1) = 1 THEN s.ck_sched ELSE s.l2_sched END) > DATE '2026-08-27' THEN 'LATE' ELSE 'ON_TRACK' END) WHEN (CASE WHEN COALESCE(s.has_ck, 1) = 1 THEN s.ck_fail ELSE s.l2_fail END) = 1 THEN 'FAILED_NOT_PASSED' ELSE 'NOT_SCHEDULED' END AS step2_status, COALESCE((CASE WHEN COALESCE(s.has_ck, 1) = 1 THEN s.ck_pass ELSE s.l2_pass END), (CASE WHEN COALESCE(s.has_ck, 1) = 1 THEN s.ck_sched ELSE s.l2_sched END)) AS step2_date FROM applicant a LEFT JOIN (SELECT e.applicant_id AS applicant_id,
 MAX(CASE WHEN e.exam = 'USMLE_STEP2_CK' THEN 1 ELSE 0 END) AS has_ck,
 MIN(CASE WHEN e.exam = 'USMLE_STEP2_CK' AND e.outcome = 'PASS' THEN e.taken_on END) AS ck_pass,
 MIN(CASE WHEN e.exam = 'USMLE_STEP2_CK' AND e.outcome = 'SCHEDULED' THEN e.taken_on END) AS ck_sched,
 MAX(CASE WHEN e.exam = 'USMLE_STEP2_CK' AND e.outcome = 'FAIL' THEN 1 ELSE 0 END) AS ck_fail,
 MIN(CASE WHEN e.exam = 'COMLEX_L2_CE' AND e.outcome = 'PASS' THEN e.taken_on END) AS l2_pass,
 MIN(CASE WHEN e.exam = 'COMLEX_L2_CE' AND e.outcome = 'SCHEDULED' THEN e.taken_on END) AS l2_sched,
 MAX(CASE WHEN e.exam = 'COMLEX_L2_CE' AND e.outcome = 'FAIL' THEN 1 ELSE 0 END) AS l2_fail
 FROM exam_attempt e JOIN applicant x ON x.id = e.applicant_id WHERE x.school_id = 2 AND x.match_year = 2027
 AND e.exam IN ('USMLE_STEP2_CK', 'COMLEX_L2_CE') GROUP BY e.applicant_id) s ON s.applicant_id = a.id WHERE 1 = 1 AND a.school_id = 2 AND a.match_year = 2027 AND EXISTS (SELECT 1 FROM applicant_advisor aa WHERE aa.applicant_id = a.id AND aa.advisor_id = 3)) q WHERE q.step2_status IN ('ON_TRACK', 'LATE') ORDER BY q.step2_date, q.given_name, q.family_name, q.id LIMIT 6 OFFSET 0;
