package org.matchwise.dashboard.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.matchwise.applicant.ClinicalKind;
import org.matchwise.applicant.Specialty;
import org.matchwise.dashboard.ListSort;
import org.matchwise.dashboard.persistence.CaseloadRows.ActionCounts;
import org.matchwise.dashboard.persistence.CaseloadRows.ActionRow;
import org.matchwise.dashboard.persistence.CaseloadRows.ApplicantRow;
import org.matchwise.dashboard.persistence.CaseloadRows.CategoryCount;
import org.matchwise.dashboard.persistence.CaseloadRows.LetterCount;
import org.matchwise.dashboard.persistence.CaseloadRows.StatusCount;
import org.matchwise.dashboard.persistence.CaseloadRows.Step2Row;
import org.matchwise.dashboard.persistence.CaseloadRows.UsceGroup;
import org.matchwise.dashboard.persistence.CaseloadRows.UsceRow;
import org.matchwise.dashboard.persistence.CaseloadRows.UsExperienceRow;
import org.matchwise.flags.FlagCategory;
import org.matchwise.flags.Severity;
import org.matchwise.flags.Step2Status;
import org.matchwise.readiness.Verdict;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Set-based reads for the caseload dashboard and the applicant list: each method is ONE SQL statement over
 * every applicant of a scope (a school and match year, optionally a specialty and an advisor), grouped in the
 * database, so the cost does not grow with one query per applicant. The statements are text blocks run by
 * {@link JdbcClient} and mapped to the records of {@link CaseloadRows} by column name; they run unchanged on H2
 * (PostgreSQL mode) and PostgreSQL. Every value is bound as a named parameter; what varies between two runs of a
 * statement is only which of a fixed set of fragments it holds: the scope's conditions ({@link ScopeSql}, one of
 * four texts), the list's filters that are set (see {@link #listStatement}), the sort column ({@link #order})
 * and the board's order ({@link Step2Order}).
 */
@Repository
@Transactional(readOnly = true, propagation = Propagation.MANDATORY)
public class CaseloadQueries {

    /** Extra filters of the applicant list, each optional. */
    public record ListFilter(String text, FlagCategory category, Severity severity, Verdict verdict,
            Step2Status step2Status, boolean openHigh, boolean reapplicant) {

        public ListFilter(String text, FlagCategory category, Severity severity, Verdict verdict,
                Step2Status step2Status) {
            this(text, category, severity, verdict, step2Status, false, false);
        }

        public static ListFilter none() {
            return new ListFilter(null, null, null, null, null);
        }
    }

    /** The {@code ORDER BY} of a sortable list column, {@code %1$s} being ASC or DESC. */
    private static String order(ListSort sort) {
        return switch (sort) {
            case NAME -> "q.family_name %1$s, q.given_name %1$s, q.id %1$s";
            case EMAIL -> "q.email %1$s, q.id %1$s";
            case VERDICT -> "q.verdict %1$s, q.family_name, q.given_name, q.id";
            case STEP2 -> "q.step2_status %1$s, q.family_name, q.given_name, q.id";
            case FLAGS -> "q.active_flags %1$s, q.family_name, q.given_name, q.id";
        };
    }

    /** How the Step 2 CK board can be read. */
    public enum Step2Order {
        /** Risky statuses first (failed, not scheduled, late, on track, passed), then by date and name. */
        BOARD("""
                ORDER BY CASE q.step2_status WHEN 'FAILED_NOT_PASSED' THEN 0 WHEN 'NOT_SCHEDULED' THEN 1
                              WHEN 'LATE' THEN 2 WHEN 'ON_TRACK' THEN 3 ELSE 4 END,
                         q.step2_date, q.given_name, q.family_name, q.id"""),
        /** Scheduled tests only (ON_TRACK and LATE), earliest first: the season's timeline. */
        SCHEDULED_BY_DATE("""
                WHERE q.step2_status IN ('ON_TRACK', 'LATE')
                ORDER BY q.step2_date, q.given_name, q.family_name, q.id""");

        private final String clause;

        Step2Order(String clause) {
            this.clause = clause;
        }
    }

    // ---- fragments shared by several statements (constants only; `{scope}` is replaced per call) ----

    /** Whether the applicant's Step 2 is USMLE Step 2 CK (the default) rather than COMLEX Level 2-CE only. */
    private static final String TRACKED = "COALESCE(s.has_ck, 1) = 1";
    private static final String PASS = "(CASE WHEN %s THEN s.ck_pass ELSE s.l2_pass END)".formatted(TRACKED);
    private static final String SCHED = "(CASE WHEN %s THEN s.ck_sched ELSE s.l2_sched END)".formatted(TRACKED);
    private static final String FAIL = "(CASE WHEN %s THEN s.ck_fail ELSE s.l2_fail END)".formatted(TRACKED);
    /** The Step 2 status of {@code a}, from {@link #STEP2_JOIN}; {@code :s2cut} is the latest on-track test date. */
    private static final String STEP2_STATUS = """
            CASE WHEN %1$s IS NOT NULL THEN 'PASSED'
                 WHEN %2$s IS NOT NULL THEN (CASE WHEN %2$s > :s2cut THEN 'LATE' ELSE 'ON_TRACK' END)
                 WHEN %3$s = 1 THEN 'FAILED_NOT_PASSED'
                 ELSE 'NOT_SCHEDULED' END""".formatted(PASS, SCHED, FAIL);
    /** The date that set the Step 2 status: earliest pass, else earliest scheduled test. */
    private static final String STEP2_DATE = "COALESCE(%s, %s)".formatted(PASS, SCHED);

    /**
     * Joins {@code s}: per applicant of the school and year ({@code :school}, {@code :year}), the dates and
     * failures of Step 2 CK and COMLEX Level 2-CE attempts that {@link #STEP2_STATUS} reads.
     */
    private static final String STEP2_JOIN = """
            LEFT JOIN (SELECT e.applicant_id AS applicant_id,
                              MAX(CASE WHEN e.exam = 'USMLE_STEP2_CK' THEN 1 ELSE 0 END) AS has_ck,
                              MIN(CASE WHEN e.exam = 'USMLE_STEP2_CK' AND e.outcome = 'PASS' THEN e.taken_on END) AS ck_pass,
                              MIN(CASE WHEN e.exam = 'USMLE_STEP2_CK' AND e.outcome = 'SCHEDULED' THEN e.taken_on END) AS ck_sched,
                              MAX(CASE WHEN e.exam = 'USMLE_STEP2_CK' AND e.outcome = 'FAIL' THEN 1 ELSE 0 END) AS ck_fail,
                              MIN(CASE WHEN e.exam = 'COMLEX_L2_CE' AND e.outcome = 'PASS' THEN e.taken_on END) AS l2_pass,
                              MIN(CASE WHEN e.exam = 'COMLEX_L2_CE' AND e.outcome = 'SCHEDULED' THEN e.taken_on END) AS l2_sched,
                              MAX(CASE WHEN e.exam = 'COMLEX_L2_CE' AND e.outcome = 'FAIL' THEN 1 ELSE 0 END) AS l2_fail
                       FROM exam_attempt e JOIN applicant x ON x.id = e.applicant_id
                       WHERE x.school_id = :school AND x.match_year = :year
                         AND e.exam IN ('USMLE_STEP2_CK', 'COMLEX_L2_CE')
                       GROUP BY e.applicant_id) s ON s.applicant_id = a.id""";
    private static final String OPEN_HIGH = """
            CASE WHEN EXISTS (SELECT 1 FROM applicant_flag f
                              WHERE f.applicant_id = a.id AND f.status = 'OPEN' AND f.severity = 'HIGH')
                 THEN 1 ELSE 0 END""";
    private static final String REAPPLICANT = """
            CASE WHEN EXISTS (SELECT 1 FROM application_cycle c
                              WHERE c.applicant_id = a.id AND c.match_year < a.match_year)
                 THEN 1 ELSE 0 END""";
    private static final String LATEST_VERDICT = """
            (SELECT r.verdict FROM assessment_record r WHERE r.applicant_id = a.id
             ORDER BY r.assessed_at DESC, r.id DESC LIMIT 1)""";
    /** The first entry of the stored comma-separated target list. */
    private static final String PRIMARY = """
            CASE WHEN POSITION(',' IN a.target_specialties) > 0
                 THEN SUBSTRING(a.target_specialties FROM 1 FOR POSITION(',' IN a.target_specialties) - 1)
                 ELSE a.target_specialties END""";
    /**
     * Joins {@code c}: the applicant's US clinical (not research) experiences with valid dates. Grouped by
     * applicant, {@link #USCE_MASK} is a bit mask of their specialties (bit = the specialty's ordinal) and
     * {@link #USCE_DAYS} the hands-on days (an ongoing one counts up to :today), added up as
     * {@code Figures.handsOnUsDays} does. CAST(date - date AS INTEGER) is a number of days on PostgreSQL (an
     * integer) and H2 (an interval) alike. A join grouped by applicant, not a grouped derived table joined to
     * the scope: with a selective filter (a specialty) the planner underestimated the scope and re-ran the
     * derived table's aggregate once per applicant (0.9 s for 420 applicants).
     */
    private static final String USCE_JOIN = """
            LEFT JOIN clinical_experience c ON c.applicant_id = a.id AND c.in_us = TRUE AND c.kind <> 'RESEARCH'
                                           AND (c.end_date IS NULL OR c.end_date >= c.start_date)""";
    private static final String USCE_MASK = "COALESCE(SUM(DISTINCT %s), 0)".formatted(specialtyBit("c.specialty"));
    private static final String USCE_DAYS = """
            COALESCE(SUM(CASE WHEN c.kind IN (:handsOn)
                              THEN GREATEST(0, CAST(COALESCE(c.end_date, :today) - c.start_date AS INTEGER))
                              ELSE 0 END), 0)""";

    // ---- the statements ----

    /**
     * The applicant list: one row per applicant of the scope with the columns of {@link ApplicantRow}, narrowed
     * by the filters that are set: {@code {applicantFilters}} and {@code {rowFilters}} are replaced by the fixed
     * fragments below ({@link #listStatement}).
     */
    private static final String LIST = """
            SELECT * FROM (
                SELECT a.id, a.given_name, a.family_name, a.email, a.match_year, a.target_specialties,
                       %1$s AS verdict,
                       %2$s AS step2_status,
                       %3$s AS step2_date,
                       %4$s AS open_high_flag,
                       %5$s AS reapplicant,
                       (SELECT COUNT(*) FROM applicant_flag f
                        WHERE f.applicant_id = a.id AND f.status <> 'CLOSED') AS active_flags
                FROM applicant a
                %6$s
                WHERE {scope}{applicantFilters}
            ) q
            WHERE 1 = 1{rowFilters}"""
            .formatted(LATEST_VERDICT, STEP2_STATUS, STEP2_DATE, OPEN_HIGH, REAPPLICANT, STEP2_JOIN);

    // the list's filters, each in the statement only when set ({@code '\'} escapes the LIKE pattern's wildcards)
    private static final String TEXT_FILTER = """

                  AND (LOWER(a.given_name || ' ' || a.family_name) LIKE :text ESCAPE '\\'
                       OR LOWER(COALESCE(a.email, '')) LIKE :text ESCAPE '\\'
                       OR LOWER(a.external_id) LIKE :text ESCAPE '\\')""";
    private static final String FLAG_FILTER = """

                  AND EXISTS (SELECT 1 FROM applicant_flag ff
                              WHERE ff.applicant_id = a.id AND ff.status <> 'CLOSED'{flagConditions})""";
    private static final String CATEGORY_CONDITION = " AND ff.category = :category";
    private static final String SEVERITY_CONDITION = " AND ff.severity = :severity";
    private static final String VERDICT_FILTER = "\n  AND q.verdict = :verdict";
    private static final String STEP2_FILTER = "\n  AND q.step2_status = :step2";
    private static final String OPEN_HIGH_FILTER = "\n  AND q.open_high_flag = 1";
    private static final String REAPPLICANT_FILTER = "\n  AND q.reapplicant = 1";

    private static final String ALL = LIST + "\nORDER BY q.family_name, q.given_name, q.id";

    private static final String PAGE = LIST + """

            ORDER BY {order}
            LIMIT :lim OFFSET :off""";

    private static final String COUNT = "SELECT COUNT(*) FROM (\n" + LIST + "\n) c";

    /** Distinct (category, applicant) pairs first, then counted: two hash aggregates instead of COUNT(DISTINCT)'s sort. */
    private static final String ACTIVE_FLAGS_BY_CATEGORY = """
            SELECT d.category, COUNT(*) AS applicants
            FROM (SELECT f.category AS category, f.applicant_id
                  FROM applicant_flag f JOIN applicant a ON a.id = f.applicant_id
                  WHERE f.status <> 'CLOSED' AND {scope}
                  GROUP BY f.category, f.applicant_id) d
            GROUP BY d.category""";

    private static final String LETTERS_BY_STATUS = """
            SELECT l.status, COUNT(*) AS letters,
                   SUM(CASE WHEN l.due_date < :today AND l.status IN ('IDENTIFIED', 'REQUESTED', 'PROMISED')
                            THEN 1 ELSE 0 END) AS overdue
            FROM recommendation_letter l JOIN applicant a ON a.id = l.applicant_id
            WHERE {scope}
            GROUP BY l.status""";

    private static final String US_CLINICAL_EXPERIENCES = """
            SELECT c.applicant_id, c.kind, c.specialty, c.start_date, c.end_date
            FROM clinical_experience c JOIN applicant a ON a.id = c.applicant_id
            WHERE c.in_us = TRUE AND c.kind <> 'RESEARCH' AND (c.end_date IS NULL OR c.end_date >= c.start_date)
              AND {scope}""";

    private static final String OPEN_ACTIONS_DUE_BY = """
            SELECT ra.id AS action_id, a.id AS applicant_id, a.given_name, a.family_name, ra.category, ra.title,
                   ra.owner, ra.due_date, ra.status
            FROM remediation_action ra
            JOIN remediation_plan p ON p.id = ra.plan_id
            JOIN applicant a ON a.id = p.applicant_id
            WHERE ra.status IN ('PLANNED', 'IN_PROGRESS') AND ra.due_date IS NOT NULL AND ra.due_date <= :horizon
              AND {scope}
            ORDER BY ra.due_date, ra.id
            LIMIT :lim""";

    private static final String OPEN_ACTION_COUNTS = """
            SELECT COALESCE(SUM(CASE WHEN ra.due_date < :today THEN 1 ELSE 0 END), 0) AS overdue,
                   COALESCE(SUM(CASE WHEN ra.due_date >= :today AND ra.due_date <= :horizon THEN 1 ELSE 0 END), 0)
                       AS upcoming
            FROM remediation_action ra
            JOIN remediation_plan p ON p.id = ra.plan_id
            JOIN applicant a ON a.id = p.applicant_id
            WHERE ra.status IN ('PLANNED', 'IN_PROGRESS') AND ra.due_date IS NOT NULL
              AND {scope}""";

    private static final String MATCH_YEARS = """
            SELECT DISTINCT a.match_year FROM applicant a WHERE a.school_id = :school ORDER BY a.match_year DESC""";

    private static final String STATUS_COUNTS = """
            SELECT q.step2_status AS status, COUNT(*) AS applicants, SUM(q.open_high) AS open_high,
                   SUM(q.not_ready) AS not_ready, SUM(q.reapplicant) AS reapplicants
            FROM (SELECT %1$s AS step2_status,
                         %2$s AS open_high,
                         CASE WHEN %3$s = 'NOT_READY' THEN 1 ELSE 0 END AS not_ready,
                         %4$s AS reapplicant
                  FROM applicant a
                  %5$s
                  WHERE {scope}) q
            GROUP BY q.step2_status""".formatted(STEP2_STATUS, OPEN_HIGH, LATEST_VERDICT, REAPPLICANT, STEP2_JOIN);

    private static final String USCE_GROUPS = """
            SELECT p.primary_spec, p.mask, p.below, COUNT(*) AS applicants
            FROM (SELECT %1$s AS primary_spec,
                         %2$s AS mask,
                         CASE WHEN %3$s < :below THEN 1 ELSE 0 END AS below
                  FROM applicant a
                  %4$s
                  WHERE {scope}
                  GROUP BY a.id, a.target_specialties) p
            GROUP BY p.primary_spec, p.mask, p.below""".formatted(PRIMARY, USCE_MASK, USCE_DAYS, USCE_JOIN);

    private static final String FEWEST_HANDS_ON_DAYS = """
            SELECT a.id, a.given_name, a.family_name, a.target_specialties,
                   %1$s AS days,
                   %2$s AS mask
            FROM applicant a
            %3$s
            WHERE {scope}
            GROUP BY a.id, a.given_name, a.family_name, a.target_specialties
            ORDER BY days, a.given_name, a.family_name, a.id
            LIMIT :lim""".formatted(USCE_DAYS, USCE_MASK, USCE_JOIN);

    private static final String STEP2_ROWS = """
            SELECT * FROM (
                SELECT a.id, a.given_name, a.family_name,
                       %1$s AS step2_status,
                       %2$s AS step2_date
                FROM applicant a
                %3$s
                WHERE {scope}
            ) q
            {order}
            LIMIT :lim OFFSET :off""".formatted(STEP2_STATUS, STEP2_DATE, STEP2_JOIN);

    // ---- row mappers for rows whose columns are not a record's components one to one ----

    private static final RowMapper<UsExperienceRow> US_EXPERIENCE = (rs, n) -> new UsExperienceRow(
            rs.getLong("applicant_id"), ClinicalKind.valueOf(rs.getString("kind")),
            Specialty.valueOf(rs.getString("specialty")), date(rs, "start_date"), date(rs, "end_date"));

    private static final RowMapper<UsceGroup> USCE_GROUP = (rs, n) -> new UsceGroup(
            specialty(rs.getString("primary_spec")), specialties(rs.getLong("mask")), rs.getLong("below") == 1,
            rs.getLong("applicants"));

    private static final RowMapper<UsceRow> USCE_ROW = (rs, n) -> new UsceRow(rs.getLong("id"),
            rs.getString("given_name"), rs.getString("family_name"), rs.getString("target_specialties"),
            rs.getLong("days"), specialties(rs.getLong("mask")));

    private static final RowMapper<Step2Row> STEP2_ROW = (rs, n) -> new Step2Row(rs.getLong("id"),
            rs.getString("given_name"), rs.getString("family_name"), Step2Status.valueOf(rs.getString("step2_status")),
            date(rs, "step2_date"));

    private final JdbcClient jdbc;

    CaseloadQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every applicant of the scope with verdict, Step 2 timing and flag markers, by family then given name. */
    public List<ApplicantRow> applicants(CaseloadScope scope, Step2Cutoff cutoff) {
        return listStatement(ALL, scope, cutoff, ListFilter.none()).sql(jdbc).query(ApplicantRow.class).list();
    }

    /** One page of the scope's applicants that pass {@code filter}. */
    public List<ApplicantRow> page(CaseloadScope scope, Step2Cutoff cutoff, ListFilter filter, ListSort sort,
            boolean descending, int offset, int limit) {
        Statement s = listStatement(PAGE, scope, cutoff, filter);
        s.params.addValue("lim", limit).addValue("off", offset);
        return s.sql(jdbc, "{order}", String.format(Locale.ROOT, order(sort), descending ? "DESC" : "ASC"))
                .query(ApplicantRow.class).list();
    }

    /** How many of the scope's applicants pass {@code filter}. */
    public long count(CaseloadScope scope, Step2Cutoff cutoff, ListFilter filter) {
        return listStatement(COUNT, scope, cutoff, filter).sql(jdbc).query(Long.class).single();
    }

    /** Per category: how many of the scope's applicants hold an active (OPEN or ADDRESSED) flag in it. */
    public List<CategoryCount> activeFlagsByCategory(CaseloadScope scope) {
        return new Statement(ACTIVE_FLAGS_BY_CATEGORY, scope).sql(jdbc).query(CategoryCount.class).list();
    }

    /** Letters of the scope per status; overdue = due before {@code today} and not yet received or uploaded. */
    public List<LetterCount> lettersByStatus(CaseloadScope scope, LocalDate today) {
        Statement s = new Statement(LETTERS_BY_STATUS, scope);
        s.params.addValue("today", today);
        return s.sql(jdbc).query(LetterCount.class).list();
    }

    /** The scope's US clinical (hands-on and observership) experiences whose dates are valid. */
    public List<UsExperienceRow> usClinicalExperiences(CaseloadScope scope) {
        return new Statement(US_CLINICAL_EXPERIENCES, scope).sql(jdbc).query(US_EXPERIENCE).list();
    }

    /** Open (PLANNED, IN_PROGRESS) actions due on or before {@code horizon}, earliest first, at most {@code limit}. */
    public List<ActionRow> openActionsDueBy(CaseloadScope scope, LocalDate horizon, int limit) {
        Statement s = new Statement(OPEN_ACTIONS_DUE_BY, scope);
        s.params.addValue("horizon", horizon).addValue("lim", limit);
        return s.sql(jdbc).query(ActionRow.class).list();
    }

    /** Open actions past due (before {@code today}) and due from today up to {@code horizon}. */
    public ActionCounts openActionCounts(CaseloadScope scope, LocalDate today, LocalDate horizon) {
        Statement s = new Statement(OPEN_ACTION_COUNTS, scope);
        s.params.addValue("today", today).addValue("horizon", horizon);
        return s.sql(jdbc).query(ActionCounts.class).single();
    }

    /** The match years that have applicants in the school, newest first. */
    public List<Integer> matchYears(long schoolId) {
        return jdbc.sql(MATCH_YEARS).param("school", schoolId).query(Integer.class).list();
    }

    // ---- the cohort summary (counts only) and the dashboard's short lists ----

    /**
     * Per Step 2 CK status: the scope's applicants at it and, among them, those with an open HIGH flag, a
     * NOT_READY latest verdict and an earlier cycle. At most five rows: the headline and the Step 2 counts.
     */
    public List<StatusCount> statusCounts(CaseloadScope scope, Step2Cutoff cutoff) {
        Statement s = new Statement(STATUS_COUNTS, scope);
        s.params.addValue("s2cut", cutoff.latestOnTrackTestDate());
        return s.sql(jdbc).query(StatusCount.class).list();
    }

    /**
     * The scope's applicants grouped by primary target, the set of specialties of their US clinical experience
     * and whether their US hands-on days are fewer than {@code belowDays}: a few dozen rows however many
     * applicants, enough to count those below the threshold and the coverage of every primary specialty.
     */
    public List<UsceGroup> usceGroups(CaseloadScope scope, LocalDate today, long belowDays) {
        Statement s = new Statement(USCE_GROUPS, scope).usce(today);
        s.params.addValue("below", belowDays);
        return s.sql(jdbc).query(USCE_GROUP).list();
    }

    /** The {@code limit} applicants of the scope with the fewest US hands-on days, then by given and family name. */
    public List<UsceRow> fewestHandsOnDays(CaseloadScope scope, LocalDate today, int limit) {
        Statement s = new Statement(FEWEST_HANDS_ON_DAYS, scope).usce(today);
        s.params.addValue("lim", limit);
        return s.sql(jdbc).query(USCE_ROW).list();
    }

    /** Rows {@code offset} to {@code offset + limit} of the scope's Step 2 CK board in {@code order}. */
    public List<Step2Row> step2Rows(CaseloadScope scope, Step2Cutoff cutoff, Step2Order order, int offset, int limit) {
        Statement s = new Statement(STEP2_ROWS, scope);
        s.params.addValue("s2cut", cutoff.latestOnTrackTestDate()).addValue("lim", limit).addValue("off", offset);
        return s.sql(jdbc, "{order}", order.clause).query(STEP2_ROW).list();
    }

    // ---- building blocks ----

    /**
     * {@link #LIST} (or a statement around it) for the scope with the fragment of each filter that is set and its
     * value bound. Fragments, not {@code (:x IS NULL OR ...)}: on PostgreSQL the generic plan of a statement with
     * every filter as such an OR (the plan a prepared statement may switch to after five runs) estimated one
     * applicant in scope and re-aggregated the Step 2 join per applicant, 320 ms instead of 6 ms for 2,000.
     */
    private static Statement listStatement(String text, CaseloadScope scope, Step2Cutoff cutoff, ListFilter filter) {
        Statement s = new Statement(text, scope);
        s.params.addValue("s2cut", cutoff.latestOnTrackTestDate());
        StringBuilder applicantFilters = new StringBuilder();
        StringBuilder rowFilters = new StringBuilder();
        String like = likePattern(filter.text());
        if (like != null) {
            applicantFilters.append(TEXT_FILTER);
            s.params.addValue("text", like);
        }
        if (filter.category() != null || filter.severity() != null) {
            String conditions = (filter.category() == null ? "" : CATEGORY_CONDITION)
                    + (filter.severity() == null ? "" : SEVERITY_CONDITION);
            applicantFilters.append(FLAG_FILTER.replace("{flagConditions}", conditions));
            s.params.addValue("category", name(filter.category())).addValue("severity", name(filter.severity()));
        }
        if (filter.verdict() != null) {
            rowFilters.append(VERDICT_FILTER);
            s.params.addValue("verdict", filter.verdict().name());
        }
        if (filter.step2Status() != null) {
            rowFilters.append(STEP2_FILTER);
            s.params.addValue("step2", filter.step2Status().name());
        }
        if (filter.openHigh()) {
            rowFilters.append(OPEN_HIGH_FILTER);
        }
        if (filter.reapplicant()) {
            rowFilters.append(REAPPLICANT_FILTER);
        }
        return s.with("{applicantFilters}", applicantFilters.toString()).with("{rowFilters}", rowFilters.toString());
    }

    /** The list's search text as a case-insensitive LIKE pattern ({@code '\'} escapes), null when blank. */
    private static String likePattern(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return "%" + text.trim().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                .replace("_", "\\_") + "%";
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static String specialtyBit(String column) {
        StringBuilder b = new StringBuilder("CASE ").append(column);
        for (Specialty s : Specialty.values()) {
            b.append(" WHEN '").append(s.name()).append("' THEN ").append(1L << s.ordinal());
        }
        return b.append(" END").toString();
    }

    private static Set<Specialty> specialties(long mask) {
        EnumSet<Specialty> set = EnumSet.noneOf(Specialty.class);
        for (Specialty s : Specialty.values()) {
            if ((mask & (1L << s.ordinal())) != 0) {
                set.add(s);
            }
        }
        return set;
    }

    private static Specialty specialty(String name) {
        return name == null || name.isBlank() ? null : Specialty.valueOf(name.trim());
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }

    /** A statement text with its scope's conditions in place of {@code {scope}}, and its named parameters. */
    private static final class Statement {
        String text;
        final MapSqlParameterSource params = new MapSqlParameterSource();

        Statement(String template, CaseloadScope scope) {
            Map<String, Object> scopeParams = new HashMap<>();
            this.text = template.replace("{scope}", ScopeSql.conditions(scope, scopeParams));
            params.addValues(scopeParams);
        }

        /** With {@code placeholder} replaced by {@code fragments}: fixed texts only, never a value. */
        Statement with(String placeholder, String fragments) {
            text = text.replace(placeholder, fragments);
            return this;
        }

        /** Binds what {@link #USCE_JOIN} and {@link #USCE_DAYS} need besides the scope. */
        Statement usce(LocalDate today) {
            params.addValue("today", today).addValue("handsOn", Arrays.stream(ClinicalKind.values())
                    .filter(ClinicalKind::isHandsOn).map(Enum::name).toList());
            return this;
        }

        JdbcClient.StatementSpec sql(JdbcClient jdbc) {
            return jdbc.sql(text).paramSource(params);
        }

        /** With {@code placeholder} replaced by {@code fragment}, one of a fixed set of clauses. */
        JdbcClient.StatementSpec sql(JdbcClient jdbc, String placeholder, String fragment) {
            return jdbc.sql(text.replace(placeholder, fragment)).paramSource(params);
        }
    }
}
