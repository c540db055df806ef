package org.matchwise.applicant.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.matchwise.audit.persistence.RevisionEntity;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The recorded changes of one applicant's record (Envers): per revision, who changed which entry and which
 * fields, oldest first. Callers pass an applicant id already checked against the caller's school.
 */
@Repository
public class ApplicantHistory {

    /**
     * One change of one entry.
     *
     * @param item    "applicant" for the record's own fields, else a profile path such as {@code exams[1]}
     * @param kind    ADDED, CHANGED or REMOVED
     * @param changes for CHANGED, "field: old -> new" per changed field; for ADDED the new values; for REMOVED the last
     */
    public record Change(long revision, Instant at, Long userId, String item, String kind, List<String> changes) {
    }

    private static final Map<Class<? extends ApplicantItemEntity<?>>, String> SECTIONS = new java.util.LinkedHashMap<>();

    static {
        SECTIONS.put(ExamAttemptEntity.class, "exams");
        SECTIONS.put(PracticeAssessmentEntity.class, "practiceAssessments");
        SECTIONS.put(ClinicalExperienceEntity.class, "clinicalExperiences");
        SECTIONS.put(LetterEntity.class, "letters");
        SECTIONS.put(TimelineEntryEntity.class, "timeline");
        SECTIONS.put(AcademicEventEntity.class, "academicEvents");
        SECTIONS.put(ProfessionalismEventEntity.class, "professionalismEvents");
        SECTIONS.put(CycleEntity.class, "cycles");
    }

    @PersistenceContext
    private EntityManager em;

    /** Every change, oldest first; {@code hiddenSections} (e.g. "professionalismEvents") are left out. */
    @Transactional(readOnly = true)
    public List<Change> changesOf(long applicantId, java.util.Set<String> hiddenSections) {
        var reader = AuditReaderFactory.get(em);
        List<Change> out = new ArrayList<>();
        List<?> own = reader.createQuery().forRevisionsOfEntity(ApplicantEntity.class, false, true)
                .add(AuditEntity.id().eq(applicantId))
                .addOrder(AuditEntity.revisionNumber().asc())
                .getResultList();
        Object previous = null;
        for (Object row : own) {
            Object[] r = (Object[]) row;
            ApplicantEntity a = (ApplicantEntity) r[0];
            Object now = a == null ? null : ownFields(a);
            out.add(change((RevisionEntity) r[1], (RevisionType) r[2], "applicant", previous, now));
            previous = now;
        }
        for (var section : SECTIONS.entrySet()) {
            if (hiddenSections.contains(section.getValue())) {
                continue;
            }
            List<?> rows = reader.createQuery().forRevisionsOfEntity(section.getKey(), false, true)
                    .add(AuditEntity.relatedId("applicant").eq(applicantId))
                    .addOrder(AuditEntity.revisionNumber().asc())
                    .getResultList();
            Map<Long, Object> last = new HashMap<>();
            Map<Long, Integer> lastPosition = new HashMap<>();
            for (Object row : rows) {
                Object[] r = (Object[]) row;
                ApplicantItemEntity<?> item = (ApplicantItemEntity<?>) r[0];
                RevisionType type = (RevisionType) r[2];
                Long id = item.getId();
                Object now = type == RevisionType.DEL ? null : safeRecord(item);
                int position = type == RevisionType.DEL ? lastPosition.getOrDefault(id, item.getPosition()) : item.getPosition();
                out.add(change((RevisionEntity) r[1], type, section.getValue() + "[" + position + "]", last.get(id), now));
                last.put(id, now);
                lastPosition.put(id, position);
            }
        }
        out.sort(Comparator.comparingLong(Change::revision).thenComparing(Change::item));
        return out;
    }

    private static Object safeRecord(ApplicantItemEntity<?> item) {
        try {
            return item.toRecord();
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** The applicant's own audited fields as a record, so changes can be listed field by field. */
    record OwnFields(String externalId, String givenName, String familyName, String email, Object applicantType,
            Object visa, Object targetSpecialties, int matchYear, Long userId) {
    }

    private static OwnFields ownFields(ApplicantEntity a) {
        return new OwnFields(a.getExternalId(), a.getGivenName(), a.getFamilyName(), a.getEmail(), a.getApplicantType(),
                a.getVisa(), a.getTargetSpecialties(), a.getMatchYear(), a.getUserId());
    }

    private static Change change(RevisionEntity rev, RevisionType type, String item, Object before, Object after) {
        String kind = switch (type) {
            case ADD -> "ADDED";
            case MOD -> "CHANGED";
            case DEL -> "REMOVED";
        };
        List<String> changes = new ArrayList<>();
        if (type == RevisionType.MOD && before != null && after != null) {
            for (RecordComponent c : after.getClass().getRecordComponents()) {
                Object was = read(c, before);
                Object is = read(c, after);
                if (!Objects.equals(was, is)) {
                    changes.add(c.getName() + ": " + was + " -> " + is);
                }
            }
        } else {
            Object shown = type == RevisionType.DEL ? before : after;
            if (shown != null) {
                for (RecordComponent c : shown.getClass().getRecordComponents()) {
                    Object value = read(c, shown);
                    if (value != null && !(value instanceof java.util.Collection<?> col && col.isEmpty())) {
                        changes.add(c.getName() + ": " + value);
                    }
                }
            }
        }
        return new Change(rev.getId(), rev.getAt(), rev.getUserId(), item, kind, changes);
    }

    private static Object read(RecordComponent c, Object record) {
        try {
            return c.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
