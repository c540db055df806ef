package org.matchwise.applicant.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.hibernate.Session;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.matchwise.applicant.CycleStatus;
import org.matchwise.applicant.Specialty;
import org.matchwise.applicant.SpecialtyApplication;
import org.matchwise.applicant.Tier;
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
     * @param kind    ADDED, CHANGED, VERIFIED or REMOVED. VERIFIED: an advisor confirmed the entry (its verified flag
     *                was set) and none of its fields changed; the revision's user is the verifier. A revision in which
     *                an entry only moved to another list position (an entry before it was added or removed) is not
     *                listed for that entry, nor is the record's own row when none of its own fields changed.
     * @param changes for CHANGED, "field: old -> new" per changed field; for ADDED the new values; for VERIFIED the
     *                values as verified (what the entry says); for REMOVED the last
     */
    public record Change(long revision, Instant at, Long userId, String item, String kind, List<String> changes,
            Object entry, List<FieldChange> fields) {

        public Change {
            changes = List.copyOf(changes);
            fields = List.copyOf(fields);
        }
    }

    /**
     * One field of a change as values, for callers that word them (labels, dates): {@code was} is null for an added or
     * verified entry's values, {@code is} null for a removed entry's last ones.
     *
     * @param field the record component's name, e.g. {@code outcome} or {@code status}
     */
    public record FieldChange(String field, Object was, Object is) {
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

    /** The audit table of each section, for {@link #removals}. */
    private static final Map<String, String> AUDIT_TABLES = Map.of("exams", "exam_attempt_aud",
            "practiceAssessments", "practice_assessment_aud", "clinicalExperiences", "clinical_experience_aud",
            "letters", "recommendation_letter_aud", "timeline", "timeline_entry_aud",
            "academicEvents", "academic_event_aud", "professionalismEvents", "professionalism_event_aud",
            "cycles", "application_cycle_aud");

    @PersistenceContext
    private EntityManager em;

    /** Every change, oldest first; {@code hiddenSections} (e.g. "professionalismEvents") are left out. */
    @Transactional(readOnly = true)
    public List<Change> changesOf(long applicantId, java.util.Set<String> hiddenSections) {
        // the audited states Envers loads are only read: load them read-only, so that the flush at the end of the
        // caller's transaction (which writes its access-log row) does not dirty-check each of them
        Session session = em.unwrap(Session.class);
        boolean readOnly = session.isDefaultReadOnly();
        session.setDefaultReadOnly(true);
        try {
            return readChanges(applicantId, hiddenSections);
        } finally {
            session.setDefaultReadOnly(readOnly);
        }
    }

    private List<Change> readChanges(long applicantId, java.util.Set<String> hiddenSections) {
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
            RevisionType type = (RevisionType) r[2];
            // a revision that changed only entries also touches the record's own row (its update time, Envers's
            // collection change): none of its own fields changed, so the entries' rows alone say what happened
            if (!(type == RevisionType.MOD && previous != null && previous.equals(now))) {
                out.add(change((RevisionEntity) r[1], type, "applicant", previous, now));
            }
            previous = now;
        }
        Map<String, Map<Long, List<Removal>>> removals = removals(applicantId, hiddenSections);
        for (var section : SECTIONS.entrySet()) {
            if (hiddenSections.contains(section.getValue())) {
                continue;
            }
            Map<Long, List<Removal>> removed = removals.getOrDefault(section.getValue(), Map.of());
            List<?> rows = reader.createQuery().forRevisionsOfEntity(section.getKey(), false, true)
                    .add(AuditEntity.relatedId("applicant").eq(applicantId))
                    .addOrder(AuditEntity.revisionNumber().asc())
                    .getResultList();
            Map<Long, Object> last = new HashMap<>();
            Map<Long, Integer> lastPosition = new HashMap<>();
            Map<Long, Boolean> lastVerified = new HashMap<>();
            Map<Long, CycleStatus> lastStatus = new HashMap<>();
            SpecialtiesByRevision specialties = section.getKey() == CycleEntity.class
                    ? specialtiesOf(rows.stream().map(row -> ((ApplicantItemEntity<?>) ((Object[]) row)[0]).getId())
                            .distinct().toList())
                    : null;
            for (Object row : rows) {
                Object[] r = (Object[]) row;
                ApplicantItemEntity<?> item = (ApplicantItemEntity<?>) r[0];
                RevisionType type = (RevisionType) r[2];
                Long id = item.getId();
                if (type == RevisionType.DEL && removed.containsKey(id)) {
                    continue; // listed from the removal rows below, which also carry the entry's last position
                }
                Object now = type == RevisionType.DEL ? null : specialties != null
                        ? specialties.cycleAt((CycleEntity) item, ((RevisionEntity) r[1]).getId())
                        : safeRecord(item);
                int position = type == RevisionType.DEL ? lastPosition.getOrDefault(id, item.getPosition()) : item.getPosition();
                Object before = last.get(id);
                String ref = section.getValue() + "[" + position + "]";
                RevisionEntity rev = (RevisionEntity) r[1];
                // a cycle's status (submitted, closed) is kept beside the profile's fields, not in them
                CycleStatus wasStatus = lastStatus.get(id);
                FieldChange statusField = type == RevisionType.MOD && item instanceof CycleEntity cycle && wasStatus != null
                        && wasStatus != cycle.getStatus() ? new FieldChange("status", wasStatus, cycle.getStatus()) : null;
                String statusChange = statusField == null ? null
                        : "status: " + statusField.was() + " -> " + statusField.is();
                if (type == RevisionType.MOD && before != null && now != null && before.equals(now)) {
                    // none of the entry's own fields changed: say what did (a verification), and leave out a mere move
                    Boolean wasVerified = lastVerified.get(id);
                    Integer wasAt = lastPosition.get(id);
                    boolean moved = wasAt != null && wasAt != position;
                    if (statusChange != null) {
                        out.add(new Change(rev.getId(), rev.getAt(), rev.getUserId(), ref, "CHANGED", List.of(statusChange),
                                now, List.of(statusField)));
                    } else if (item.isVerified() && Boolean.FALSE.equals(wasVerified)) {
                        out.add(verified(rev, ref, now));
                    } else if (!moved || !Objects.equals(wasVerified, item.isVerified())) {
                        out.add(change(rev, type, ref, before, now));
                    }
                } else {
                    Change c = change(rev, type, ref, before, now);
                    if (statusChange != null) {
                        List<String> all = new ArrayList<>(c.changes());
                        all.add(statusChange);
                        List<FieldChange> fields = new ArrayList<>(c.fields());
                        fields.add(statusField);
                        c = new Change(c.revision(), c.at(), c.userId(), c.item(), c.kind(), all, c.entry(), fields);
                    }
                    out.add(c);
                }
                last.put(id, now);
                lastPosition.put(id, position);
                if (type != RevisionType.DEL) {
                    lastVerified.put(id, item.isVerified());
                    if (item instanceof CycleEntity cycle) {
                        lastStatus.put(id, cycle.getStatus());
                    }
                }
            }
            for (var entry : removed.entrySet()) {
                Long id = entry.getKey();
                for (Removal gone : entry.getValue()) {
                    Integer position = lastPosition.get(id);
                    if (position == null) {
                        continue; // removed before this record held it (cannot happen): nothing to say what it was
                    }
                    out.add(change(gone.rev(), gone.at(), gone.userId(), RevisionType.DEL,
                            section.getValue() + "[" + position + "]", last.get(id), null));
                }
            }
        }
        out.sort(Comparator.comparingLong(Change::revision).thenComparing(Change::item));
        return out;
    }

    /** A removed entry's audit row: Envers keeps only its id (store_data_at_delete is off), not its applicant. */
    private record Removal(long rev, Instant at, Long userId) {
    }

    /**
     * Per section and entry id, the revisions that removed one of the applicant's entries, read in one statement for
     * all sections: a removed entry's audit row has no applicant id, so the per-section Envers queries above do not
     * find it; it is found by the ids of the entry's earlier rows.
     */
    private Map<String, Map<Long, List<Removal>>> removals(long applicantId, java.util.Set<String> hiddenSections) {
        List<String> selects = new ArrayList<>();
        for (String section : SECTIONS.values()) {
            if (hiddenSections.contains(section)) {
                continue;
            }
            String table = AUDIT_TABLES.get(section);
            selects.add("select '" + section + "' as section, d.id, d.rev, r.revision_ms, r.user_id from " + table
                    + " d join revinfo r on r.id = d.rev where d.revtype = 2 and d.id in (select id from " + table
                    + " where applicant_id = :applicant)");
        }
        Map<String, Map<Long, List<Removal>>> out = new HashMap<>();
        if (selects.isEmpty()) {
            return out;
        }
        List<?> rows = em.createNativeQuery(String.join(" union all ", selects) + " order by 3")
                .setParameter("applicant", applicantId).getResultList();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            out.computeIfAbsent(((String) r[0]).trim(), k -> new HashMap<>())
                    .computeIfAbsent(((Number) r[1]).longValue(), k -> new ArrayList<>())
                    .add(new Removal(((Number) r[2]).longValue(), Instant.ofEpochMilli(((Number) r[3]).longValue()),
                            r[4] == null ? null : ((Number) r[4]).longValue()));
        }
        return out;
    }

    /**
     * The audited specialty rows of {@code cycleIds}, read in one statement: Envers would load a cycle revision's
     * specialties with one query per revision (N+1 over a record's cycles, ~5 per generated applicant).
     */
    private SpecialtiesByRevision specialtiesOf(List<Long> cycleIds) {
        if (cycleIds.isEmpty()) {
            return new SpecialtiesByRevision(Map.of());
        }
        List<?> rows = em.createNativeQuery("""
                select cycle_id, id, rev, revtype, position, specialty, programs_applied, interviews, reach_programs,
                       target_programs, safety_programs
                from cycle_specialty_aud
                where id in (select id from cycle_specialty_aud where cycle_id in (:cycles))
                order by rev, id""")
                .setParameter("cycles", cycleIds).getResultList();
        Map<Long, List<SpecialtyRevision>> byCycle = new HashMap<>();
        // Envers keeps only the id of a removed row (store_data_at_delete is off): its cycle is that of its earlier rows
        Map<Long, Long> cycleOfRow = new HashMap<>();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            long rowId = ((Number) r[1]).longValue();
            if (r[0] != null) {
                cycleOfRow.put(rowId, ((Number) r[0]).longValue());
            }
            Long cycleId = cycleOfRow.get(rowId);
            if (cycleId == null) {
                continue;
            }
            Map<Tier, Integer> tiers = new EnumMap<>(Tier.class);
            putIfPresent(tiers, Tier.REACH, r[8]);
            putIfPresent(tiers, Tier.TARGET, r[9]);
            putIfPresent(tiers, Tier.SAFETY, r[10]);
            boolean removed = ((Number) r[3]).intValue() == RevisionType.DEL.getRepresentation();
            SpecialtyApplication value = removed || r[5] == null ? null
                    : new SpecialtyApplication(Specialty.valueOf((String) r[5]), ((Number) r[6]).intValue(),
                            r[7] == null ? null : ((Number) r[7]).intValue(), tiers);
            int position = r[4] == null ? 0 : ((Number) r[4]).intValue();
            byCycle.computeIfAbsent(cycleId, k -> new ArrayList<>())
                    .add(new SpecialtyRevision(rowId, ((Number) r[2]).longValue(), position, value));
        }
        return new SpecialtiesByRevision(byCycle);
    }

    private static void putIfPresent(Map<Tier, Integer> tiers, Tier tier, Object value) {
        if (value != null) {
            tiers.put(tier, ((Number) value).intValue());
        }
    }

    /** One audited state of one specialty row; {@code value} null when the row was removed in that revision. */
    private record SpecialtyRevision(long id, long rev, int position, SpecialtyApplication value) {
    }

    /** A cycle's specialties as of any revision, from its specialty rows' audited states (ordered by revision). */
    private record SpecialtiesByRevision(Map<Long, List<SpecialtyRevision>> byCycle) {
        Object cycleAt(CycleEntity cycle, long rev) {
            Map<Long, SpecialtyRevision> current = new java.util.LinkedHashMap<>();
            for (SpecialtyRevision s : byCycle.getOrDefault(cycle.getId(), List.of())) {
                if (s.rev() > rev) {
                    break;
                }
                current.put(s.id(), s);
            }
            try {
                return cycle.toRecord(current.values().stream().filter(s -> s.value() != null)
                        .sorted(Comparator.comparingInt(SpecialtyRevision::position))
                        .map(SpecialtyRevision::value).toList());
            } catch (RuntimeException e) {
                return null;
            }
        }
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
            Object visa, String medicalSchoolName, String medicalSchoolCountry, Object matriculationDate,
            Object graduationDate, Object targetSpecialties, int matchYear, Long userId) {
    }

    private static OwnFields ownFields(ApplicantEntity a) {
        return new OwnFields(a.getExternalId(), a.getGivenName(), a.getFamilyName(), a.getEmail(), a.getApplicantType(),
                a.getVisa(), a.getMedicalSchoolName(), a.getMedicalSchoolCountry(), a.getMatriculationDate(),
                a.getGraduationDate(), a.getTargetSpecialties(), a.getMatchYear(), a.getUserId());
    }

    private static Change change(RevisionEntity rev, RevisionType type, String item, Object before, Object after) {
        return change(rev.getId(), rev.getAt(), rev.getUserId(), type, item, before, after);
    }

    private static Change change(long rev, Instant at, Long userId, RevisionType type, String item, Object before,
            Object after) {
        String kind = switch (type) {
            case ADD -> "ADDED";
            case MOD -> "CHANGED";
            case DEL -> "REMOVED";
        };
        List<String> changes = new ArrayList<>();
        List<FieldChange> fields = new ArrayList<>();
        if (type == RevisionType.MOD && before != null && after != null) {
            for (RecordComponent c : after.getClass().getRecordComponents()) {
                Object was = read(c, before);
                Object is = read(c, after);
                if (!Objects.equals(was, is)) {
                    changes.add(c.getName() + ": " + was + " -> " + is);
                    fields.add(new FieldChange(c.getName(), was, is));
                }
            }
        } else {
            Object shown = type == RevisionType.DEL ? before : after;
            if (shown != null) {
                for (RecordComponent c : shown.getClass().getRecordComponents()) {
                    Object value = read(c, shown);
                    if (value != null && !(value instanceof java.util.Collection<?> col && col.isEmpty())) {
                        changes.add(c.getName() + ": " + value);
                        fields.add(type == RevisionType.DEL ? new FieldChange(c.getName(), value, null)
                                : new FieldChange(c.getName(), null, value));
                    }
                }
            }
        }
        Object entry = after != null ? after : before;
        return new Change(rev, at, userId, item, kind, changes, entry instanceof OwnFields ? null : entry, fields);
    }

    /** An advisor's confirmation of an entry whose fields did not change: listed with the values as verified. */
    private static Change verified(RevisionEntity rev, String item, Object values) {
        Change shown = change(rev, RevisionType.ADD, item, null, values);
        return new Change(rev.getId(), rev.getAt(), rev.getUserId(), item, "VERIFIED", shown.changes(), values,
                shown.fields());
    }

    private static Object read(RecordComponent c, Object record) {
        try {
            return c.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
