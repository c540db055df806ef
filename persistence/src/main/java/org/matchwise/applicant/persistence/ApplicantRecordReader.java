package org.matchwise.applicant.persistence;

import jakarta.persistence.EntityManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import org.hibernate.Session;
import org.hibernate.stat.SessionStatistics;
import org.matchwise.applicant.AcademicEvent;
import org.matchwise.applicant.AcademicKind;
import org.matchwise.applicant.ApplicantProfile;
import org.matchwise.applicant.ApplicantType;
import org.matchwise.applicant.ClinicalExperience;
import org.matchwise.applicant.ClinicalKind;
import org.matchwise.applicant.Cycle;
import org.matchwise.applicant.CycleOutcome;
import org.matchwise.applicant.Exam;
import org.matchwise.applicant.ExamAttempt;
import org.matchwise.applicant.ExamOutcome;
import org.matchwise.applicant.LeaveReason;
import org.matchwise.applicant.Letter;
import org.matchwise.applicant.LetterStatus;
import org.matchwise.applicant.LetterStrength;
import org.matchwise.applicant.PersonName;
import org.matchwise.applicant.PracticeAssessment;
import org.matchwise.applicant.ProfessionalismEvent;
import org.matchwise.applicant.Setting;
import org.matchwise.applicant.Specialty;
import org.matchwise.applicant.SpecialtyApplication;
import org.matchwise.applicant.TimelineEntry;
import org.matchwise.applicant.TimelineKind;
import org.matchwise.applicant.Visa;
import org.matchwise.audit.persistence.ReadLogRow;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Reads one applicant's whole record (the profile, its version, its linked account and which entries are unverified)
 * with ONE SQL statement: the applicant row and every list (exams, practice tests, clinical experiences, letters,
 * timeline, academic and professionalism events, cycles and their specialties) as the branches of one
 * {@code UNION ALL}, every branch joined with the applicant's id found once under the tenant condition (id AND
 * school), so a foreign id reads nothing. Loading the aggregate ({@link ApplicantEntity#toProfile()}) takes ten statements (the row,
 * eight lazy lists, the cycles' specialties) and builds and snapshots an entity per row; this read builds only the
 * immutable records, and all of them come from one snapshot of the database, so a change committed meanwhile is
 * either wholly in the answer or not at all.
 *
 * <p>The result is the same as {@code toProfile()} and {@code unverifiedItems()} of the loaded entity
 * ({@code ApplicantRecordReaderTest} compares the two on records with every field set and on empty ones). A column
 * added to an entry's entity must be added to its branch below as well.
 */
@Component
public class ApplicantRecordReader {

    /** One applicant's stored record as this read finds it. */
    public record StoredRecord(long id, long schoolId, Long userId, long version, ApplicantProfile profile,
            List<String> unverified) {
    }

    /** The sections of {@link ApplicantEntity#unverifiedItems()}, by branch kind 1 to 8. */
    private static final List<String> SECTIONS = List.of("exams", "practiceAssessments", "clinicalExperiences",
            "letters", "timeline", "academicEvents", "professionalismEvents", "cycles");

    // the common row of every branch: kind, parent (the cycle's position for a cycle's specialty), position,
    // verified, then slots of each type, filled by each branch as far as it needs them
    private static final String[] STRINGS = {"s1", "s2", "s3", "s4", "s5", "s6", "s7", "s8", "s9"};
    private static final String[] DATES = {"d1", "d2"};
    private static final String[] FLAGS = {"b1", "b2", "b3"};
    private static final String[] NUMBERS = {"n1", "n2", "n3", "n4", "n5"};
    private static final int S = 4;
    private static final int D = S + STRINGS.length;
    private static final int B = D + DATES.length;
    private static final int N = B + FLAGS.length;

    /**
     * The tenant condition, once: the applicant's id if it is in the caller's school, else no row (then every branch
     * reads nothing). Every branch joins it (PostgreSQL materializes a WITH query read more than once), rather than
     * each joining the applicant row under the condition again: a fifth less database time per read.
     */
    private static final String TARGET = "t AS (SELECT id FROM applicant WHERE id = ? AND school_id = ?)";
    private static final String TENANT = " JOIN t ON t.id = x.applicant_id";

    private static final String BRANCHES = String.join("\nUNION ALL\n",
            // the first branch types every column (PostgreSQL takes a UNION's column types from it)
            branch(0, "0", "0", "CAST(TRUE AS BOOLEAN)", "applicant a JOIN t ON t.id = a.id", true,
                    new String[] {"a.external_id", "a.given_name", "a.family_name", "a.email", "a.applicant_type",
                            "a.visa", "a.medical_school_name", "a.medical_school_country", "a.target_specialties"},
                    new String[] {"a.matriculation_date", "a.graduation_date"},
                    new String[] {},
                    new String[] {"a.match_year", "a.user_id", "a.version"}),
            item(1, "exam_attempt", new String[] {"x.exam", "x.outcome"}, new String[] {"x.taken_on"},
                    new String[] {}, new String[] {"x.score"}),
            item(2, "practice_assessment", new String[] {"x.exam", "x.form"}, new String[] {"x.taken_on"},
                    new String[] {}, new String[] {"x.predicted_score"}),
            item(3, "clinical_experience",
                    new String[] {"x.kind", "x.specialty", "x.institution", "x.setting", "x.supervisor"},
                    new String[] {"x.start_date", "x.end_date"}, new String[] {"x.in_us"}, new String[] {}),
            item(4, "recommendation_letter", new String[] {"x.writer", "x.specialty", "x.status", "x.strength"},
                    new String[] {"x.letter_date", "x.due_date"}, new String[] {"x.in_us", "x.academic", "x.waived"},
                    new String[] {"x.linked_experience"}),
            item(5, "timeline_entry", new String[] {"x.kind", "x.title", "x.leave_reason"},
                    new String[] {"x.start_date", "x.end_date"}, new String[] {"x.full_time"}, new String[] {}),
            item(6, "academic_event", new String[] {"x.kind", "x.subject", "x.description"},
                    new String[] {"x.event_date"}, new String[] {"x.repeated_and_passed"}, new String[] {}),
            item(7, "professionalism_event", new String[] {"x.description"}, new String[] {"x.event_date"},
                    new String[] {"x.formal_remediation", "x.in_mspe"}, new String[] {}),
            item(8, "application_cycle", new String[] {"x.outcome", "x.feedback"}, new String[] {},
                    new String[] {}, new String[] {"x.match_year"}),
            // a cycle's specialties, under the cycle's position
            branch(9, "x.position", "s.position", "TRUE",
                    "cycle_specialty s JOIN application_cycle x ON x.id = s.cycle_id" + TENANT, false,
                    new String[] {"s.specialty"}, new String[] {}, new String[] {},
                    new String[] {"s.programs_applied", "s.interviews", "s.reach_programs", "s.target_programs",
                            "s.safety_programs"}))
            + "\nORDER BY kind, parent, pos";

    /** The read: parameters id and school. */
    static final String SQL = "WITH " + TARGET + "\n" + BRANCHES;

    /** The read that also writes an access-log row ({@link #findAndLog}): the row's parameters, then id and school. */
    static final String LOGGED_SQL = "WITH logged AS (" + ReadLogRow.INSERT_SELECT + "), " + TARGET + "\n" + BRANCHES;

    private static String item(int kind, String table, String[] strings, String[] dates, String[] flags,
            String[] numbers) {
        return branch(kind, "0", "x.position", "x.verified", table + " x" + TENANT, false, strings, dates, flags,
                numbers);
    }

    private static String branch(int kind, String parent, String position, String verified, String from, boolean first,
            String[] strings, String[] dates, String[] flags, String[] numbers) {
        StringJoiner select = new StringJoiner(", ", "SELECT ", " FROM " + from);
        select.add(kind + " AS kind").add(parent + " AS parent")
                .add(position + " AS pos").add(verified + " AS verified");
        slots(select, STRINGS, strings, first, "VARCHAR(4000)");
        slots(select, DATES, dates, first, "DATE");
        slots(select, FLAGS, flags, first, "BOOLEAN");
        slots(select, NUMBERS, numbers, first, "BIGINT");
        return select.toString();
    }

    private static void slots(StringJoiner select, String[] names, String[] values, boolean first, String type) {
        for (int i = 0; i < names.length; i++) {
            String value = i < values.length ? values[i] : "NULL";
            select.add((first ? "CAST(" + value + " AS " + type + ")" : value) + " AS " + names[i]);
        }
    }

    private static final SpecialtyListConverter TARGETS = new SpecialtyListConverter();

    private final JdbcTemplate jdbc;
    private final EntityManager entityManager;

    ApplicantRecordReader(JdbcTemplate jdbc, EntityManager entityManager) {
        this.jdbc = jdbc;
        this.entityManager = entityManager;
    }

    /**
     * The record of applicant {@code id} in school {@code schoolId}; empty when there is none (also when the id
     * belongs to another school). Runs on the caller's transaction's connection (plain JDBC: Hibernate's native query
     * resolved the 23 result columns' metadata anew on every call); changes still pending in the transaction's
     * persistence context are flushed first, so the read sees them as an entity query would.
     */
    public Optional<StoredRecord> find(long id, long schoolId) {
        flushPendingChanges();
        return found(id, schoolId, jdbc.query(SQL, (rs, n) -> row(rs), id, schoolId));
    }

    /**
     * The same read, and in the same statement the access-log row {@code log} describes (PostgreSQL only: its
     * {@code INSERT} in a {@code WITH} clause runs once, whether or not the rest reads its result): one round trip and
     * one commit for the answer and its row, and neither without the other. The row is written when the record is
     * found and the reader may reach it ({@link ReadLogRow}); the caller still checks the reach on the answer. Not in a
     * read-only transaction (it refuses the INSERT), nor on H2, which has no INSERT in WITH.
     */
    public Optional<StoredRecord> findAndLog(long id, long schoolId, ReadLogRow log) {
        flushPendingChanges();
        Object[] args = {log.userId(), log.action(), Timestamp.from(log.at()), log.clientIp(), log.userAgent(), id,
                schoolId, log.userId(), !log.linkedUserOnly(), id, schoolId};
        return found(id, schoolId, jdbc.query(LOGGED_SQL, (rs, n) -> row(rs), args));
    }

    private static Optional<StoredRecord> found(long id, long schoolId, List<Object[]> rows) {
        if (rows.isEmpty() || kind(rows.getFirst()) != 0) {
            return Optional.empty();
        }
        return Optional.of(assemble(id, schoolId, rows));
    }

    private void flushPendingChanges() {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            return;
        }
        Session session = entityManager.unwrap(Session.class);
        SessionStatistics loaded = session.getStatistics();
        if ((loaded.getEntityCount() > 0 || loaded.getCollectionCount() > 0) && session.isDirty()) {
            session.flush();
        }
    }

    /** One row of the UNION in its common layout, each slot in its Java type (null where SQL NULL). */
    private static Object[] row(ResultSet rs) throws SQLException {
        Object[] row = new Object[N + NUMBERS.length];
        row[0] = rs.getInt(1);
        row[1] = rs.getInt(2);
        row[2] = rs.getInt(3);
        row[3] = rs.getBoolean(4);
        for (int i = S; i < D; i++) {
            row[i] = rs.getString(i + 1);
        }
        for (int i = D; i < B; i++) {
            row[i] = rs.getObject(i + 1, LocalDate.class);
        }
        for (int i = B; i < N; i++) {
            boolean value = rs.getBoolean(i + 1);
            row[i] = rs.wasNull() ? null : value;
        }
        for (int i = N; i < row.length; i++) {
            long value = rs.getLong(i + 1);
            row[i] = rs.wasNull() ? null : value;
        }
        return row;
    }

    private static int kind(Object[] row) {
        return (Integer) row[0];
    }

    private static StoredRecord assemble(long id, long schoolId, List<Object[]> rows) {
        Object[] a = rows.getFirst();
        ApplicantProfile.Builder profile = ApplicantProfile.builder()
                .externalId(s(a, 1))
                .name(new PersonName(s(a, 2), s(a, 3)))
                .email(s(a, 4))
                .applicantType(ApplicantType.valueOf(s(a, 5)))
                .visa(Visa.valueOf(s(a, 6)))
                .medicalSchool(ApplicantEntity.medicalSchool(s(a, 7), s(a, 8)))
                .matriculationDate(d(a, 1))
                .graduationDate(d(a, 2))
                .targetSpecialties(TARGETS.convertToEntityAttribute(s(a, 9)))
                .matchYear(n(a, 1).intValue());
        Long userId = n(a, 2);
        long version = n(a, 3);
        List<String> unverified = new ArrayList<>();
        int[] index = new int[SECTIONS.size() + 1];
        Map<Integer, Object[]> cycles = new LinkedHashMap<>();
        Map<Integer, List<SpecialtyApplication>> specialties = new LinkedHashMap<>();
        for (int r = 1; r < rows.size(); r++) {
            Object[] x = rows.get(r);
            int kind = kind(x);
            if (kind <= SECTIONS.size()) {
                if (!(Boolean) x[3]) {
                    unverified.add(SECTIONS.get(kind - 1) + "[" + index[kind] + "]");
                }
                index[kind]++;
            }
            switch (kind) {
                case 1 -> profile.exam(new ExamAttempt(Exam.valueOf(s(x, 1)), d(x, 1), ExamOutcome.valueOf(s(x, 2)),
                        i(x, 1)));
                case 2 -> profile.practiceAssessment(new PracticeAssessment(Exam.valueOf(s(x, 1)), s(x, 2), d(x, 1),
                        i(x, 1)));
                case 3 -> profile.clinicalExperience(new ClinicalExperience(ClinicalKind.valueOf(s(x, 1)),
                        Specialty.valueOf(s(x, 2)), s(x, 3), e(Setting.class, s(x, 4)), b(x, 1), d(x, 1), d(x, 2),
                        s(x, 5)));
                case 4 -> profile.letter(new Letter(s(x, 1), Specialty.valueOf(s(x, 2)), b(x, 1), b(x, 2),
                        LetterStatus.valueOf(s(x, 3)), e(LetterStrength.class, s(x, 4)), d(x, 1), b(x, 3), d(x, 2),
                        i(x, 1)));
                case 5 -> profile.timelineEntry(new TimelineEntry(TimelineKind.valueOf(s(x, 1)), s(x, 2),
                        e(LeaveReason.class, s(x, 3)), d(x, 1), d(x, 2), b(x, 1)));
                case 6 -> profile.academicEvent(new AcademicEvent(AcademicKind.valueOf(s(x, 1)), s(x, 2), d(x, 1),
                        b(x, 1), s(x, 3)));
                case 7 -> profile.professionalismEvent(new ProfessionalismEvent(d(x, 1), s(x, 1), b(x, 1), b(x, 2)));
                case 8 -> cycles.put((Integer) x[2], x);
                case 9 -> specialties.computeIfAbsent((Integer) x[1], p -> new ArrayList<>())
                        .add(CycleSpecialtyEntity.record(Specialty.valueOf(s(x, 1)), i(x, 1), i(x, 2), i(x, 3),
                                i(x, 4), i(x, 5)));
                default -> throw new IllegalStateException("unknown branch " + kind);
            }
        }
        cycles.forEach((position, x) -> profile.cycle(new Cycle(i(x, 1), CycleOutcome.valueOf(s(x, 1)),
                specialties.getOrDefault(position, List.of()), s(x, 2))));
        return new StoredRecord(id, schoolId, userId, version, profile.build(), List.copyOf(unverified));
    }

    private static String s(Object[] row, int slot) {
        return (String) row[S + slot - 1];
    }

    private static LocalDate d(Object[] row, int slot) {
        return (LocalDate) row[D + slot - 1];
    }

    private static boolean b(Object[] row, int slot) {
        return (Boolean) row[B + slot - 1];
    }

    private static Long n(Object[] row, int slot) {
        return (Long) row[N + slot - 1];
    }

    private static Integer i(Object[] row, int slot) {
        Long value = n(row, slot);
        return value == null ? null : Math.toIntExact(value);
    }

    private static <E extends Enum<E>> E e(Class<E> type, String value) {
        return value == null ? null : Enum.valueOf(type, value);
    }
}
