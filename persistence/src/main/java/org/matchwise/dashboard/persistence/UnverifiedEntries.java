package org.matchwise.dashboard.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.matchwise.applicant.persistence.AcademicEventEntity;
import org.matchwise.applicant.persistence.ApplicantItemEntity;
import org.matchwise.applicant.persistence.ClinicalExperienceEntity;
import org.matchwise.applicant.persistence.CycleEntity;
import org.matchwise.applicant.persistence.ExamAttemptEntity;
import org.matchwise.applicant.persistence.LetterEntity;
import org.matchwise.applicant.persistence.PracticeAssessmentEntity;
import org.matchwise.applicant.persistence.ProfessionalismEventEntity;
import org.matchwise.applicant.persistence.TimelineEntryEntity;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The entries applicants entered that no advisor has verified yet, over every applicant of a scope, newest
 * first: one SQL statement finds them across the entry tables (with when each was last entered, from its
 * history), then one load per section that has any reads their values. Kept apart from
 * {@link CaseloadQueries}, whose figures are aggregates; this is a work list.
 */
@Repository
@Transactional(readOnly = true, propagation = Propagation.MANDATORY)
public class UnverifiedEntries {

    /**
     * One unverified entry.
     *
     * @param section   the profile list it belongs to, e.g. {@code exams}
     * @param position  its index in that list, so {@code section[position]} names it like evidence does
     * @param value     the core record (an {@code ExamAttempt}, a {@code Letter}, ...)
     * @param enteredAt when the applicant last entered or changed it (null if the history has no trace)
     */
    public record UnverifiedEntry(long applicantId, String givenName, String familyName, String section, int position,
            Object value, Instant enteredAt) {

        /** How the record names the entry: {@code exams[2]}. */
        public String reference() {
            return section + "[" + position + "]";
        }
    }

    /** The entries found and how many there are in all. */
    public record Found(List<UnverifiedEntry> entries, long total) {
    }

    private record Table(String name, Class<? extends ApplicantItemEntity<?>> entity) {
    }

    /** Profile section to its entry table, in the profile's order. */
    private static final Map<String, Table> SECTIONS = new LinkedHashMap<>();

    static {
        SECTIONS.put("exams", new Table("exam_attempt", ExamAttemptEntity.class));
        SECTIONS.put("practiceAssessments", new Table("practice_assessment", PracticeAssessmentEntity.class));
        SECTIONS.put("clinicalExperiences", new Table("clinical_experience", ClinicalExperienceEntity.class));
        SECTIONS.put("letters", new Table("recommendation_letter", LetterEntity.class));
        SECTIONS.put("timeline", new Table("timeline_entry", TimelineEntryEntity.class));
        SECTIONS.put("academicEvents", new Table("academic_event", AcademicEventEntity.class));
        SECTIONS.put("professionalismEvents", new Table("professionalism_event", ProfessionalismEventEntity.class));
        SECTIONS.put("cycles", new Table("application_cycle", CycleEntity.class));
    }

    @PersistenceContext
    private EntityManager em;

    /**
     * Whether {@code section[position]} of applicant {@code applicantId} (of {@code schoolId}) is still unverified
     * and still holds {@code value}: entries are named by position, so an entry listed a while ago may have moved.
     */
    public boolean stillUnverified(long schoolId, long applicantId, String section, int position, Object value) {
        Table table = SECTIONS.get(section);
        if (table == null) {
            return false;
        }
        Class<? extends ApplicantItemEntity<?>> type = table.entity();
        return em.createQuery("SELECT e FROM " + type.getSimpleName() + " e WHERE e.applicant.id = :applicant"
                        + " AND e.applicant.schoolId = :school AND e.listPosition = :position AND e.verified = FALSE", type)
                .setParameter("applicant", applicantId).setParameter("school", schoolId).setParameter("position", position)
                .getResultStream().anyMatch(e -> e.toRecord().equals(value));
    }

    /** At most {@code limit} unverified entries of the scope's applicants, the most recently entered first. */
    public Found of(CaseloadScope scope, int limit) {
        StringBuilder union = new StringBuilder(2048);
        for (var s : SECTIONS.entrySet()) {
            if (!union.isEmpty()) {
                union.append(" UNION ALL ");
            }
            String t = s.getValue().name();
            union.append("SELECT '").append(s.getKey()).append("' AS section, x.id AS item_id, x.applicant_id,")
                    .append(" x.position, (SELECT MAX(r.revision_ms) FROM ").append(t).append("_aud h")
                    .append(" JOIN revinfo r ON r.id = h.rev WHERE h.id = x.id) AS entered_ms")
                    .append(" FROM ").append(t).append(" x WHERE x.verified = FALSE");
        }
        StringBuilder sql = new StringBuilder("SELECT u.section, u.item_id, a.id, a.given_name, a.family_name,"
                + " u.position, u.entered_ms FROM (" + union + ") u JOIN applicant a ON a.id = u.applicant_id"
                + " WHERE ");
        Map<String, Object> params = new HashMap<>();
        ScopeSql.appendConditions(sql, params, scope);
        Query count = em.createNativeQuery("SELECT COUNT(*) FROM (" + sql + ") c");
        sql.append(" ORDER BY COALESCE(u.entered_ms, 0) DESC, a.id, u.section, u.position");
        Query rows = em.createNativeQuery(sql.toString());
        params.forEach((k, v) -> {
            count.setParameter(k, v);
            rows.setParameter(k, v);
        });
        rows.setMaxResults(Math.max(1, limit));
        @SuppressWarnings("unchecked")
        List<Object[]> found = rows.getResultList();
        long total = ((Number) count.getSingleResult()).longValue();

        Map<String, List<Long>> idsBySection = new HashMap<>();
        for (Object[] r : found) {
            idsBySection.computeIfAbsent((String) r[0], k -> new ArrayList<>()).add(((Number) r[1]).longValue());
        }
        Map<String, Object> values = new HashMap<>();
        idsBySection.forEach((section, ids) -> {
            Class<? extends ApplicantItemEntity<?>> type = SECTIONS.get(section).entity();
            for (ApplicantItemEntity<?> e : em.createQuery("SELECT e FROM " + type.getSimpleName() + " e WHERE e.id IN :ids",
                    type).setParameter("ids", ids).getResultList()) {
                values.put(section + ":" + e.getId(), e.toRecord());
            }
        });
        List<UnverifiedEntry> out = new ArrayList<>(found.size());
        for (Object[] r : found) {
            String section = (String) r[0];
            Object value = values.get(section + ":" + ((Number) r[1]).longValue());
            out.add(new UnverifiedEntry(((Number) r[2]).longValue(), (String) r[3], (String) r[4], section,
                    ((Number) r[5]).intValue(), value, r[6] == null ? null : Instant.ofEpochMilli(((Number) r[6]).longValue())));
        }
        return new Found(List.copyOf(out), total);
    }
}
