-- Grows a database filled by BenchmarkGenerator to :target applicants by copying the generated applicants
-- with every record that belongs to them (exams, experiences, letters, timeline, events, cycles, flags,
-- assessment records), with new ids and external ids; then gives applicants with open flags a remediation plan
-- with two actions due around today. Used for the dashboard benchmark when generating all 10,000 through the
-- import would take too long on a loaded machine (docs/benchmarks.md, "Dashboard").
DO $$
DECLARE
  n0 bigint; base_max bigint; need bigint; k int := 0; off bigint; total bigint;
BEGIN
  SELECT count(*), max(id) INTO n0, base_max FROM applicant;
  SELECT count(*) INTO total FROM applicant;
  WHILE total < :target LOOP
    k := k + 1;
    off := k * 100000000::bigint;
    need := least(n0, :target - total);
    CREATE TEMP TABLE pick ON COMMIT DROP AS SELECT id FROM applicant WHERE id <= base_max ORDER BY id LIMIT need;
    INSERT INTO applicant (id, school_id, external_id, given_name, family_name, email, applicant_type, visa,
        medical_school_name, medical_school_country, matriculation_date, graduation_date, target_specialties,
        match_year, user_id, created_at, updated_at, version)
      SELECT id + off, school_id, external_id || '-c' || k, given_name, family_name,
        replace(email, '@', '+c' || k || '@'), applicant_type, visa, medical_school_name, medical_school_country,
        matriculation_date, graduation_date, target_specialties, match_year, NULL, created_at, updated_at, version
      FROM applicant WHERE id IN (SELECT id FROM pick);
    INSERT INTO applicant_advisor SELECT applicant_id + off, advisor_id FROM applicant_advisor WHERE applicant_id IN (SELECT id FROM pick);
    INSERT INTO cohort_member SELECT cohort_id, applicant_id + off FROM cohort_member WHERE applicant_id IN (SELECT id FROM pick);
    INSERT INTO exam_attempt SELECT id + off, applicant_id + off, position, exam, taken_on, outcome, score, verified, verified_by, verified_at, version FROM exam_attempt WHERE applicant_id IN (SELECT id FROM pick);
    INSERT INTO practice_assessment SELECT id + off, applicant_id + off, position, exam, form, taken_on, predicted_score, verified, verified_by, verified_at, version FROM practice_assessment WHERE applicant_id IN (SELECT id FROM pick);
    INSERT INTO clinical_experience SELECT id + off, applicant_id + off, position, kind, specialty, institution, setting, in_us, start_date, end_date, supervisor, verified, verified_by, verified_at, version FROM clinical_experience WHERE applicant_id IN (SELECT id FROM pick);
    INSERT INTO recommendation_letter SELECT id + off, applicant_id + off, position, writer, specialty, in_us, academic, status, strength, letter_date, waived, due_date, linked_experience, verified, verified_by, verified_at, version FROM recommendation_letter WHERE applicant_id IN (SELECT id FROM pick);
    INSERT INTO timeline_entry SELECT id + off, applicant_id + off, position, kind, title, leave_reason, start_date, end_date, full_time, verified, verified_by, verified_at, version FROM timeline_entry WHERE applicant_id IN (SELECT id FROM pick);
    INSERT INTO academic_event SELECT id + off, applicant_id + off, position, kind, subject, event_date, repeated_and_passed, description, verified, verified_by, verified_at, version FROM academic_event WHERE applicant_id IN (SELECT id FROM pick);
    INSERT INTO professionalism_event SELECT id + off, applicant_id + off, position, event_date, description, formal_remediation, in_mspe, verified, verified_by, verified_at, version FROM professionalism_event WHERE applicant_id IN (SELECT id FROM pick);
    INSERT INTO application_cycle SELECT id + off, applicant_id + off, position, match_year, outcome, feedback, status, submitted_at, closed_at, verified, verified_by, verified_at, version FROM application_cycle WHERE applicant_id IN (SELECT id FROM pick);
    INSERT INTO cycle_specialty SELECT s.id + off, s.cycle_id + off, s.position, s.specialty, s.programs_applied, s.interviews, s.reach_programs, s.target_programs, s.safety_programs, s.version FROM cycle_specialty s JOIN application_cycle c ON c.id = s.cycle_id WHERE c.applicant_id IN (SELECT id FROM pick);
    INSERT INTO applicant_flag SELECT id + off, applicant_id + off, rule_id, category, severity, pattern, message, evidence, status, opened_on, closed_on, addressed_note, addressed_by, addressed_at, created_by, rule_set_version, version FROM applicant_flag WHERE applicant_id IN (SELECT id FROM pick);
    INSERT INTO assessment_record SELECT id + off, applicant_id + off, assessed_at, as_of, match_year, rule_set_version, verdict, document FROM assessment_record WHERE applicant_id IN (SELECT id FROM pick);
    DROP TABLE pick;
    SELECT count(*) INTO total FROM applicant;
  END LOOP;
END $$;

-- remediation: applicants with an open flag get a plan for their match year with two open actions
INSERT INTO remediation_plan (applicant_id, match_year, created_at, created_by, version)
  SELECT a.id, a.match_year, now(), NULL, 0 FROM applicant a
  WHERE EXISTS (SELECT 1 FROM applicant_flag f WHERE f.applicant_id = a.id AND f.status = 'OPEN')
    AND NOT EXISTS (SELECT 1 FROM remediation_plan p WHERE p.applicant_id = a.id AND p.match_year = a.match_year);
INSERT INTO remediation_action (plan_id, position, category, title, owner, due_date, status, evidence_note, version)
  SELECT p.id, n, (SELECT f.category FROM applicant_flag f WHERE f.applicant_id = p.applicant_id AND f.status = 'OPEN' ORDER BY f.id LIMIT 1),
    CASE WHEN n = 0 THEN 'Root-cause analysis and study plan' ELSE 'Draft the explanation' END,
    CASE WHEN n = 0 THEN 'ADVISOR' ELSE 'APPLICANT' END,
    CURRENT_DATE + ((p.applicant_id + 37 * n) % 90 - 30)::int,
    CASE WHEN (p.applicant_id + n) % 5 = 0 THEN 'DONE' ELSE 'PLANNED' END, NULL, 0
  FROM remediation_plan p CROSS JOIN (VALUES (0), (1)) v(n)
  WHERE NOT EXISTS (SELECT 1 FROM remediation_action ra WHERE ra.plan_id = p.id);

SELECT setval(pg_get_serial_sequence(t, 'id'), (SELECT coalesce(max(id), 1) FROM applicant))
  FROM (VALUES ('applicant')) v(t);
DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['applicant','exam_attempt','practice_assessment','clinical_experience','recommendation_letter',
      'timeline_entry','academic_event','professionalism_event','application_cycle','cycle_specialty','applicant_flag',
      'assessment_record','remediation_plan','remediation_action'] LOOP
    EXECUTE format('SELECT setval(pg_get_serial_sequence(%L, ''id''), (SELECT coalesce(max(id), 1) FROM %I))', t, t);
  END LOOP;
END $$;
ANALYZE;
SELECT match_year, count(*) FROM applicant GROUP BY match_year ORDER BY 1;
