package org.matchwise.dashboard.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.matchwise.applicant.ClinicalKind;
import org.matchwise.applicant.LetterStatus;
import org.matchwise.applicant.Specialty;
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
import org.matchwise.plan.persistence.ActionStatus;
import org.matchwise.readiness.Verdict;
import org.matchwise.remediation.Owner;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Set-based reads for the caseload dashboard and the applicant list: each method is ONE SQL statement over
 * every applicant of a scope (a school and match year, optionally a specialty and an advisor), grouped in the
 * database, so the cost does not grow with one query per applicant. Plain SQL that runs unchanged on H2
 * (PostgreSQL mode) and PostgreSQL; every value is bound as a parameter, sort columns come from a fixed list.
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

    /** Sortable list columns. */
    public enum SortColumn {
        NAME("q.family_name %1$s, q.given_name %1$s, q.id %1$s"),
        EMAIL("q.email %1$s, q.id %1$s"),
        VERDICT("q.verdict %1$s, q.family_name, q.given_name, q.id"),
        STEP2("q.step2_status %1$s, q.family_name, q.given_name, q.id"),
        FLAGS("q.active_flags %1$s, q.family_name, q.given_name, q.id");

        private final String order;

        SortColumn(String order) {
            this.order = order;
        }
    }

    private static final String TRACKED = "COALESCE(s.has_ck, 1) = 1";
    private static final String PASS = "(CASE WHEN " + TRACKED + " THEN s.ck_pass ELSE s.l2_pass END)";
    private static final String SCHED = "(CASE WHEN " + TRACKED + " THEN s.ck_sched ELSE s.l2_sched END)";
    private static final String FAIL = "(CASE WHEN " + TRACKED + " THEN s.ck_fail ELSE s.l2_fail END)";
    private static final String STEP2_STATUS = "CASE WHEN " + PASS + " IS NOT NULL THEN 'PASSED'"
            + " WHEN " + SCHED + " IS NOT NULL THEN (CASE WHEN " + SCHED + " > :s2cut THEN 'LATE' ELSE 'ON_TRACK' END)"
            + " WHEN " + FAIL + " = 1 THEN 'FAILED_NOT_PASSED' ELSE 'NOT_SCHEDULED' END";

    /**
     * Joins {@code s}: per applicant of the scope (school and year bound as :school and :year), the dates and
     * failures of Step 2 CK and COMLEX Level 2-CE attempts that {@link #STEP2_STATUS} reads.
     */
    private static final String STEP2_JOIN = " LEFT JOIN (SELECT e.applicant_id AS applicant_id,"
            + " MAX(CASE WHEN e.exam = 'USMLE_STEP2_CK' THEN 1 ELSE 0 END) AS has_ck,"
            + " MIN(CASE WHEN e.exam = 'USMLE_STEP2_CK' AND e.outcome = 'PASS' THEN e.taken_on END) AS ck_pass,"
            + " MIN(CASE WHEN e.exam = 'USMLE_STEP2_CK' AND e.outcome = 'SCHEDULED' THEN e.taken_on END) AS ck_sched,"
            + " MAX(CASE WHEN e.exam = 'USMLE_STEP2_CK' AND e.outcome = 'FAIL' THEN 1 ELSE 0 END) AS ck_fail,"
            + " MIN(CASE WHEN e.exam = 'COMLEX_L2_CE' AND e.outcome = 'PASS' THEN e.taken_on END) AS l2_pass,"
            + " MIN(CASE WHEN e.exam = 'COMLEX_L2_CE' AND e.outcome = 'SCHEDULED' THEN e.taken_on END) AS l2_sched,"
            + " MAX(CASE WHEN e.exam = 'COMLEX_L2_CE' AND e.outcome = 'FAIL' THEN 1 ELSE 0 END) AS l2_fail"
            + " FROM exam_attempt e JOIN applicant x ON x.id = e.applicant_id"
            + " WHERE x.school_id = :school AND x.match_year = :year"
            + " AND e.exam IN ('USMLE_STEP2_CK', 'COMLEX_L2_CE') GROUP BY e.applicant_id) s"
            + " ON s.applicant_id = a.id";
    private static final String OPEN_HIGH = "CASE WHEN EXISTS (SELECT 1 FROM applicant_flag f WHERE"
            + " f.applicant_id = a.id AND f.status = 'OPEN' AND f.severity = 'HIGH') THEN 1 ELSE 0 END";
    private static final String REAPPLICANT = "CASE WHEN EXISTS (SELECT 1 FROM application_cycle c WHERE"
            + " c.applicant_id = a.id AND c.match_year < a.match_year) THEN 1 ELSE 0 END";
    private static final String LATEST_VERDICT = "(SELECT r.verdict FROM assessment_record r WHERE"
            + " r.applicant_id = a.id ORDER BY r.assessed_at DESC, r.id DESC LIMIT 1)";
    /** Risky statuses first, as the board lists them. */
    private static final String BOARD_ORDER = "CASE q.step2_status WHEN 'FAILED_NOT_PASSED' THEN 0"
            + " WHEN 'NOT_SCHEDULED' THEN 1 WHEN 'LATE' THEN 2 WHEN 'ON_TRACK' THEN 3 ELSE 4 END";
    /** The first entry of the stored comma-separated target list. */
    private static final String PRIMARY = "CASE WHEN POSITION(',' IN a.target_specialties) > 0"
            + " THEN SUBSTRING(a.target_specialties FROM 1 FOR POSITION(',' IN a.target_specialties) - 1)"
            + " ELSE a.target_specialties END";
    /**
     * Joins {@code c}: the applicant's US clinical (not research) experiences with valid dates. Grouped by
     * applicant, {@link #USCE_MASK} is a bit mask of their specialties (bit = the specialty's ordinal) and
     * {@link #USCE_DAYS} the hands-on days (an ongoing one counts up to :today), added up as
     * {@code Figures.handsOnUsDays} does. CAST(date - date AS INTEGER) is a number of days on PostgreSQL (an
     * integer) and H2 (an interval) alike. A join grouped by applicant, not a grouped derived table joined to
     * the scope: with a selective filter (a specialty) the planner underestimated the scope and re-ran the
     * derived table's aggregate once per applicant (0.9 s for 420 applicants).
     */
    private static final String USCE_JOIN = " LEFT JOIN clinical_experience c ON c.applicant_id = a.id"
            + " AND c.in_us = TRUE AND c.kind <> 'RESEARCH' AND (c.end_date IS NULL OR c.end_date >= c.start_date)";
    private static final String USCE_MASK = "COALESCE(SUM(DISTINCT " + specialtyBit("c.specialty") + "), 0)";
    private static final String USCE_DAYS = "COALESCE(SUM(CASE WHEN c.kind IN (:handsOn) THEN GREATEST(0,"
            + " CAST(COALESCE(c.end_date, :today) - c.start_date AS INTEGER)) ELSE 0 END), 0)";

    @PersistenceContext
    private EntityManager em;

    /** Every applicant of the scope with verdict, Step 2 timing and flag markers, by family then given name. */
    public List<ApplicantRow> applicants(CaseloadScope scope, Step2Cutoff cutoff) {
        Sql sql = base(scope, cutoff, ListFilter.none());
        sql.text.append(" ORDER BY q.family_name, q.given_name, q.id");
        return sql.list(em).stream().map(CaseloadQueries::applicantRow).toList();
    }

    /** One page of the scope's applicants that pass {@code filter}. */
    public List<ApplicantRow> page(CaseloadScope scope, Step2Cutoff cutoff, ListFilter filter, SortColumn sort,
            boolean descending, int offset, int limit) {
        Sql sql = base(scope, cutoff, filter);
        sql.text.append(" ORDER BY ").append(String.format(Locale.ROOT, sort.order, descending ? "DESC" : "ASC"))
                .append(" LIMIT :lim OFFSET :off");
        sql.params.put("lim", limit);
        sql.params.put("off", offset);
        return sql.list(em).stream().map(CaseloadQueries::applicantRow).toList();
    }

    /** How many of the scope's applicants pass {@code filter}. */
    public long count(CaseloadScope scope, Step2Cutoff cutoff, ListFilter filter) {
        Sql inner = base(scope, cutoff, filter);
        Sql sql = new Sql();
        sql.text.append("SELECT COUNT(*) FROM (").append(inner.text).append(") c");
        sql.params.putAll(inner.params);
        return ((Number) sql.query(em).getSingleResult()).longValue();
    }

    /** Per category: how many of the scope's applicants hold an active (OPEN or ADDRESSED) flag in it. */
    public List<CategoryCount> activeFlagsByCategory(CaseloadScope scope) {
        Sql sql = new Sql();
        // distinct (category, applicant) pairs first, then counted: two hash aggregates instead of COUNT(DISTINCT)'s sort
        sql.text.append("SELECT d.category, COUNT(*) FROM (SELECT f.category AS category, f.applicant_id"
                + " FROM applicant_flag f JOIN applicant a ON a.id = f.applicant_id WHERE f.status <> 'CLOSED'");
        sql.scope(scope);
        sql.text.append(" GROUP BY f.category, f.applicant_id) d GROUP BY d.category");
        return sql.list(em).stream()
                .map(r -> new CategoryCount(FlagCategory.valueOf((String) r[0]), number(r[1]))).toList();
    }

    /** Letters of the scope per status; overdue = due before {@code today} and not yet received or uploaded. */
    public List<LetterCount> lettersByStatus(CaseloadScope scope, LocalDate today) {
        Sql sql = new Sql();
        sql.text.append("SELECT l.status, COUNT(*), SUM(CASE WHEN l.due_date < :today"
                + " AND l.status IN ('IDENTIFIED', 'REQUESTED', 'PROMISED') THEN 1 ELSE 0 END)"
                + " FROM recommendation_letter l JOIN applicant a ON a.id = l.applicant_id WHERE 1 = 1");
        sql.params.put("today", today);
        sql.scope(scope);
        sql.text.append(" GROUP BY l.status");
        return sql.list(em).stream()
                .map(r -> new LetterCount(LetterStatus.valueOf((String) r[0]), number(r[1]), number(r[2]))).toList();
    }

    /** The scope's US clinical (hands-on and observership) experiences whose dates are valid. */
    public List<UsExperienceRow> usClinicalExperiences(CaseloadScope scope) {
        Sql sql = new Sql();
        sql.text.append("SELECT c.applicant_id, c.kind, c.specialty, c.start_date, c.end_date"
                + " FROM clinical_experience c JOIN applicant a ON a.id = c.applicant_id"
                + " WHERE c.in_us = TRUE AND c.kind <> 'RESEARCH'"
                + " AND (c.end_date IS NULL OR c.end_date >= c.start_date)");
        sql.scope(scope);
        return sql.list(em).stream().map(r -> new UsExperienceRow(number(r[0]), ClinicalKind.valueOf((String) r[1]),
                Specialty.valueOf((String) r[2]), date(r[3]), date(r[4]))).toList();
    }

    /** Open (PLANNED, IN_PROGRESS) actions due on or before {@code horizon}, earliest first, at most {@code limit}. */
    public List<ActionRow> openActionsDueBy(CaseloadScope scope, LocalDate horizon, int limit) {
        Sql sql = new Sql();
        sql.text.append("SELECT ra.id, a.id, a.given_name, a.family_name, ra.category, ra.title, ra.owner,"
                + " ra.due_date, ra.status FROM remediation_action ra JOIN remediation_plan p ON p.id = ra.plan_id"
                + " JOIN applicant a ON a.id = p.applicant_id WHERE ra.status IN ('PLANNED', 'IN_PROGRESS')"
                + " AND ra.due_date IS NOT NULL AND ra.due_date <= :horizon");
        sql.params.put("horizon", horizon);
        sql.scope(scope);
        sql.text.append(" ORDER BY ra.due_date, ra.id LIMIT :lim");
        sql.params.put("lim", limit);
        return sql.list(em).stream().map(r -> new ActionRow(number(r[0]), number(r[1]), (String) r[2], (String) r[3],
                FlagCategory.valueOf((String) r[4]), (String) r[5], Owner.valueOf((String) r[6]), date(r[7]),
                ActionStatus.valueOf((String) r[8]))).toList();
    }

    /** Open actions past due (before {@code today}) and due from today up to {@code horizon}. */
    public ActionCounts openActionCounts(CaseloadScope scope, LocalDate today, LocalDate horizon) {
        Sql sql = new Sql();
        sql.text.append("SELECT COALESCE(SUM(CASE WHEN ra.due_date < :today THEN 1 ELSE 0 END), 0),"
                + " COALESCE(SUM(CASE WHEN ra.due_date >= :today AND ra.due_date <= :horizon THEN 1 ELSE 0 END), 0)"
                + " FROM remediation_action ra JOIN remediation_plan p ON p.id = ra.plan_id"
                + " JOIN applicant a ON a.id = p.applicant_id WHERE ra.status IN ('PLANNED', 'IN_PROGRESS')"
                + " AND ra.due_date IS NOT NULL");
        sql.params.put("today", today);
        sql.params.put("horizon", horizon);
        sql.scope(scope);
        Object[] r = (Object[]) sql.query(em).getSingleResult();
        return new ActionCounts(number(r[0]), number(r[1]));
    }

    /** The match years that have applicants in the school, newest first. */
    public List<Integer> matchYears(long schoolId) {
        @SuppressWarnings("unchecked")
        List<Object> years = em.createNativeQuery(
                "SELECT DISTINCT a.match_year FROM applicant a WHERE a.school_id = :school ORDER BY a.match_year DESC")
                .setParameter("school", schoolId).getResultList();
        return years.stream().map(y -> (int) number(y)).toList();
    }

    // ---- the cohort summary (counts only) and the dashboard's short lists ----

    /**
     * Per Step 2 CK status: the scope's applicants at it and, among them, those with an open HIGH flag, a
     * NOT_READY latest verdict and an earlier cycle. At most five rows: the headline and the Step 2 counts.
     */
    public List<StatusCount> statusCounts(CaseloadScope scope, Step2Cutoff cutoff) {
        Sql sql = new Sql();
        sql.text.append("SELECT q.step2_status, COUNT(*), SUM(q.open_high), SUM(q.not_ready), SUM(q.reapplicant)"
                        + " FROM (SELECT ").append(STEP2_STATUS).append(" AS step2_status, ").append(OPEN_HIGH)
                .append(" AS open_high, CASE WHEN ").append(LATEST_VERDICT)
                .append(" = 'NOT_READY' THEN 1 ELSE 0 END AS not_ready, ").append(REAPPLICANT)
                .append(" AS reapplicant FROM applicant a").append(STEP2_JOIN).append(" WHERE 1 = 1");
        sql.params.put("s2cut", cutoff.latestOnTrackTestDate());
        sql.scope(scope);
        sql.text.append(") q GROUP BY q.step2_status");
        return sql.list(em).stream().map(r -> new StatusCount(Step2Status.valueOf((String) r[0]), number(r[1]),
                number(r[2]), number(r[3]), number(r[4]))).toList();
    }

    /**
     * The scope's applicants grouped by primary target, the set of specialties of their US clinical experience
     * and whether their US hands-on days are fewer than {@code belowDays}: a few dozen rows however many
     * applicants, enough to count those below the threshold and the coverage of every primary specialty.
     */
    public List<UsceGroup> usceGroups(CaseloadScope scope, LocalDate today, long belowDays) {
        Sql sql = new Sql();
        sql.text.append("SELECT p.primary_spec, p.mask, p.below, COUNT(*) FROM (SELECT ").append(PRIMARY)
                .append(" AS primary_spec, ").append(USCE_MASK).append(" AS mask, CASE WHEN ").append(USCE_DAYS)
                .append(" < :below THEN 1 ELSE 0 END AS below FROM applicant a").append(USCE_JOIN).append(" WHERE 1 = 1");
        sql.usce(today);
        sql.params.put("below", belowDays);
        sql.scope(scope);
        sql.text.append(" GROUP BY a.id, a.target_specialties) p GROUP BY p.primary_spec, p.mask, p.below");
        return sql.list(em).stream().map(r -> new UsceGroup(specialty((String) r[0]), specialties(number(r[1])),
                number(r[2]) == 1, number(r[3]))).toList();
    }

    /** The {@code limit} applicants of the scope with the fewest US hands-on days, then by given and family name. */
    public List<UsceRow> fewestHandsOnDays(CaseloadScope scope, LocalDate today, int limit) {
        Sql sql = new Sql();
        sql.text.append("SELECT a.id, a.given_name, a.family_name, a.target_specialties, ").append(USCE_DAYS)
                .append(" AS days, ").append(USCE_MASK).append(" AS mask FROM applicant a").append(USCE_JOIN)
                .append(" WHERE 1 = 1");
        sql.usce(today);
        sql.scope(scope);
        sql.text.append(" GROUP BY a.id, a.given_name, a.family_name, a.target_specialties"
                + " ORDER BY days, a.given_name, a.family_name, a.id LIMIT :lim");
        sql.params.put("lim", limit);
        return sql.list(em).stream().map(r -> new UsceRow(number(r[0]), (String) r[1], (String) r[2], (String) r[3],
                number(r[4]), specialties(number(r[5])))).toList();
    }

    /** How the Step 2 CK board can be read. */
    public enum Step2Order {
        /** Risky statuses first (failed, not scheduled, late, on track, passed), then by date and name. */
        BOARD,
        /** Scheduled tests only (ON_TRACK and LATE), earliest first: the season's timeline. */
        SCHEDULED_BY_DATE
    }

    /** Rows {@code offset} to {@code offset + limit} of the scope's Step 2 CK board in {@code order}. */
    public List<Step2Row> step2Rows(CaseloadScope scope, Step2Cutoff cutoff, Step2Order order, int offset, int limit) {
        Sql sql = new Sql();
        sql.text.append("SELECT * FROM (SELECT a.id, a.given_name, a.family_name, ").append(STEP2_STATUS)
                .append(" AS step2_status, COALESCE(").append(PASS).append(", ").append(SCHED)
                .append(") AS step2_date FROM applicant a").append(STEP2_JOIN).append(" WHERE 1 = 1");
        sql.params.put("s2cut", cutoff.latestOnTrackTestDate());
        sql.scope(scope);
        sql.text.append(") q");
        if (order == Step2Order.SCHEDULED_BY_DATE) {
            sql.text.append(" WHERE q.step2_status IN ('ON_TRACK', 'LATE')"
                    + " ORDER BY q.step2_date, q.given_name, q.family_name, q.id");
        } else {
            sql.text.append(" ORDER BY ").append(BOARD_ORDER)
                    .append(", q.step2_date, q.given_name, q.family_name, q.id");
        }
        sql.text.append(" LIMIT :lim OFFSET :off");
        sql.params.put("lim", limit);
        sql.params.put("off", offset);
        return sql.list(em).stream().map(r -> new Step2Row(number(r[0]), (String) r[1], (String) r[2],
                Step2Status.valueOf((String) r[3]), date(r[4]))).toList();
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

    // ---- building blocks ----

    private static Sql base(CaseloadScope scope, Step2Cutoff cutoff, ListFilter filter) {
        Sql sql = new Sql();
        sql.text.append("SELECT * FROM (SELECT a.id, a.given_name, a.family_name, a.email, a.match_year,"
                + " a.target_specialties,"
                + " " + LATEST_VERDICT + " AS verdict,")
                .append(' ').append(STEP2_STATUS).append(" AS step2_status,")
                .append(" COALESCE(").append(PASS).append(", ").append(SCHED).append(") AS step2_date,")
                .append(' ').append(OPEN_HIGH).append(" AS open_high, ").append(REAPPLICANT).append(" AS reapplicant,")
                .append(" (SELECT COUNT(*) FROM applicant_flag f WHERE f.applicant_id = a.id"
                        + " AND f.status <> 'CLOSED') AS active_flags"
                        + " FROM applicant a" + STEP2_JOIN + " WHERE 1 = 1");
        sql.params.put("s2cut", cutoff.latestOnTrackTestDate());
        sql.scope(scope);
        if (filter.text() != null && !filter.text().isBlank()) {
            String like = "%" + filter.text().trim().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                    .replace("_", "\\_") + "%";
            sql.text.append(" AND (LOWER(a.given_name || ' ' || a.family_name) LIKE :text ESCAPE '\\'"
                    + " OR LOWER(COALESCE(a.email, '')) LIKE :text ESCAPE '\\'"
                    + " OR LOWER(a.external_id) LIKE :text ESCAPE '\\')");
            sql.params.put("text", like);
        }
        if (filter.category() != null || filter.severity() != null) {
            sql.text.append(" AND EXISTS (SELECT 1 FROM applicant_flag ff WHERE ff.applicant_id = a.id"
                    + " AND ff.status <> 'CLOSED'");
            if (filter.category() != null) {
                sql.text.append(" AND ff.category = :category");
                sql.params.put("category", filter.category().name());
            }
            if (filter.severity() != null) {
                sql.text.append(" AND ff.severity = :severity");
                sql.params.put("severity", filter.severity().name());
            }
            sql.text.append(')');
        }
        sql.text.append(") q WHERE 1 = 1");
        if (filter.verdict() != null) {
            sql.text.append(" AND q.verdict = :verdict");
            sql.params.put("verdict", filter.verdict().name());
        }
        if (filter.step2Status() != null) {
            sql.text.append(" AND q.step2_status = :step2");
            sql.params.put("step2", filter.step2Status().name());
        }
        if (filter.openHigh()) {
            sql.text.append(" AND q.open_high = 1");
        }
        if (filter.reapplicant()) {
            sql.text.append(" AND q.reapplicant = 1");
        }
        return sql;
    }

    private static ApplicantRow applicantRow(Object[] r) {
        return new ApplicantRow(number(r[0]), (String) r[1], (String) r[2], (String) r[3], (int) number(r[4]),
                (String) r[5], (String) r[6], Step2Status.valueOf((String) r[7]), date(r[8]), number(r[9]) == 1,
                number(r[10]) == 1, number(r[11]));
    }

    private static long number(Object o) {
        return o == null ? 0 : ((Number) o).longValue();
    }

    private static LocalDate date(Object o) {
        return switch (o) {
            case null -> null;
            case LocalDate d -> d;
            case java.sql.Date d -> d.toLocalDate();
            case java.util.Date d -> new java.sql.Date(d.getTime()).toLocalDate();
            default -> throw new IllegalStateException("not a date: " + o.getClass());
        };
    }

    /** A statement being built and its named parameters. */
    private static final class Sql {
        final StringBuilder text = new StringBuilder(1024);
        final Map<String, Object> params = new LinkedHashMap<>();

        /** Appends the scope's conditions on {@code a} (the applicant table's alias). */
        void scope(CaseloadScope scope) {
            text.append(" AND ");
            ScopeSql.appendConditions(text, params, scope);
        }

        /** Binds what {@link #USCE_JOIN} needs besides the scope. */
        void usce(LocalDate today) {
            params.put("today", today);
            params.put("handsOn", Arrays.stream(ClinicalKind.values()).filter(ClinicalKind::isHandsOn)
                    .map(Enum::name).toList());
        }

        Query query(EntityManager em) {
            Query q = em.createNativeQuery(text.toString());
            params.forEach(q::setParameter);
            return q;
        }

        @SuppressWarnings("unchecked")
        List<Object[]> list(EntityManager em) {
            return new ArrayList<>(query(em).getResultList());
        }
    }
}
