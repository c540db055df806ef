package org.matchwise.applicant.persistence;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.matchwise.applicant.ApplicantProfile;
import org.matchwise.applicant.ApplicantType;
import org.matchwise.applicant.MedicalSchool;
import org.matchwise.applicant.PersonName;
import org.matchwise.applicant.Specialty;
import org.matchwise.applicant.Visa;

/**
 * One applicant of one school: the aggregate root of the record. Its lists keep their order in a position
 * column, so evidence paths such as {@code exams[0]} point at the same entry until the list itself changes.
 * Every change is audited by Envers; {@code version} guards against lost updates.
 */
@Entity
@Audited
@Table(name = "applicant")
public class ApplicantEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "applicant_seq")
    @SequenceGenerator(name = "applicant_seq", sequenceName = "applicant_seq", allocationSize = 50) // V88: batchable inserts
    private Long id;

    @Column(name = "school_id", nullable = false, updatable = false)
    private Long schoolId;

    @Column(name = "external_id", nullable = false, length = 100)
    private String externalId;

    @Column(name = "given_name", nullable = false, length = 200)
    private String givenName;

    @Column(name = "family_name", nullable = false, length = 200)
    private String familyName;

    @Column(length = 320)
    private String email;

    @Enumerated(EnumType.STRING)
    @Column(name = "applicant_type", nullable = false, length = 20)
    private ApplicantType applicantType;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Visa visa;

    @Column(name = "medical_school_name", length = 300)
    private String medicalSchoolName;

    @Column(name = "medical_school_country", length = 10)
    private String medicalSchoolCountry;

    @Column(name = "matriculation_date", nullable = false)
    private LocalDate matriculationDate;

    @Column(name = "graduation_date", nullable = false)
    private LocalDate graduationDate;

    @Convert(converter = SpecialtyListConverter.class)
    @Column(name = "target_specialties", nullable = false, length = 400)
    private List<Specialty> targetSpecialties = new ArrayList<>();

    @Column(name = "match_year", nullable = false)
    private int matchYear;

    /** The APPLICANT account that may sign in and see this record, if linked. */
    @Column(name = "user_id")
    private Long userId;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    @NotAudited
    @ElementCollection
    @CollectionTable(name = "applicant_advisor", joinColumns = @JoinColumn(name = "applicant_id"))
    @Column(name = "advisor_id")
    private Set<Long> advisorIds = new HashSet<>();

    @NotAudited
    @ElementCollection
    @CollectionTable(name = "cohort_member", joinColumns = @JoinColumn(name = "applicant_id"))
    @Column(name = "cohort_id")
    private Set<Long> cohortIds = new HashSet<>();

    @OneToMany(mappedBy = "applicant", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("listPosition")
    private List<ExamAttemptEntity> exams = new ArrayList<>();

    @OneToMany(mappedBy = "applicant", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("listPosition")
    private List<PracticeAssessmentEntity> practiceAssessments = new ArrayList<>();

    @OneToMany(mappedBy = "applicant", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("listPosition")
    private List<ClinicalExperienceEntity> clinicalExperiences = new ArrayList<>();

    @OneToMany(mappedBy = "applicant", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("listPosition")
    private List<LetterEntity> letters = new ArrayList<>();

    @OneToMany(mappedBy = "applicant", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("listPosition")
    private List<TimelineEntryEntity> timeline = new ArrayList<>();

    @OneToMany(mappedBy = "applicant", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("listPosition")
    private List<AcademicEventEntity> academicEvents = new ArrayList<>();

    @OneToMany(mappedBy = "applicant", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("listPosition")
    private List<ProfessionalismEventEntity> professionalismEvents = new ArrayList<>();

    @OneToMany(mappedBy = "applicant", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("listPosition")
    private List<CycleEntity> cycles = new ArrayList<>();

    protected ApplicantEntity() {
    }

    /** A new applicant of {@code schoolId} holding {@code profile}; the profile must name its match year. */
    public ApplicantEntity(long schoolId, ApplicantProfile profile, Editor editor) {
        this.schoolId = schoolId;
        this.createdAt = editor.at();
        apply(profile, editor);
    }

    /**
     * Makes the record hold {@code profile}. List entries are matched by position: an unchanged entry keeps
     * its row and verification, a changed one is updated and marked as entered by {@code editor}, new ones are
     * added and surplus ones removed. Only real changes reach the history.
     */
    public void apply(ApplicantProfile profile, Editor editor) {
        Objects.requireNonNull(profile.matchYear(), "a stored profile needs its matchYear");
        externalId = profile.externalId();
        givenName = profile.name().given();
        familyName = profile.name().family();
        email = profile.email();
        applicantType = profile.applicantType();
        visa = profile.visa();
        medicalSchoolName = profile.medicalSchool() == null ? null : profile.medicalSchool().name();
        medicalSchoolCountry = profile.medicalSchool() == null ? null : profile.medicalSchool().country();
        matriculationDate = profile.matriculationDate();
        graduationDate = profile.graduationDate();
        if (!targetSpecialties.equals(profile.targetSpecialties())) {
            targetSpecialties = new ArrayList<>(profile.targetSpecialties());
        }
        matchYear = profile.matchYear();
        sync(exams, profile.exams(), ExamAttemptEntity::new, editor);
        sync(practiceAssessments, profile.practiceAssessments(), PracticeAssessmentEntity::new, editor);
        sync(clinicalExperiences, profile.clinicalExperiences(), ClinicalExperienceEntity::new, editor);
        sync(letters, profile.letters(), LetterEntity::new, editor);
        sync(timeline, profile.timeline(), TimelineEntryEntity::new, editor);
        sync(academicEvents, profile.academicEvents(), AcademicEventEntity::new, editor);
        sync(professionalismEvents, profile.professionalismEvents(), ProfessionalismEventEntity::new, editor);
        sync(cycles, profile.cycles(), CycleEntity::new, editor);
        updatedAt = editor.at();
    }

    /**
     * Makes {@code entities} hold {@code values}, as {@link #align} pairs them: a kept entry keeps its row and its
     * verification, an edited one is updated and marked as entered by {@code editor}, an old entry left over is
     * removed, a new one left over is added.
     */
    private <R, E extends ApplicantItemEntity<R>> void sync(List<E> entities, List<R> values, Function<R, E> create,
            Editor editor) {
        List<R> old = new ArrayList<>(entities.size());
        for (E entity : entities) {
            old.add(entity.toRecord());
        }
        Alignment alignment = align(old, values);
        List<E> result = new ArrayList<>(values.size());
        for (int j = 0; j < values.size(); j++) {
            int from = alignment.source()[j];
            R value = values.get(j);
            E entity;
            if (from >= 0) {
                entity = entities.get(from);
                if (!old.get(from).equals(value)) {
                    entity.update(value);
                    entity.enteredBy(editor);
                }
            } else {
                entity = create.apply(value);
                entity.enteredBy(editor);
            }
            result.add(entity);
        }
        List<E> removed = new ArrayList<>();
        for (int i : alignment.removed()) {
            removed.add(entities.get(i));
        }
        for (E gone : removed) {
            entities.remove(gone);
        }
        for (int k = 0; k < result.size(); k++) {
            E entity = result.get(k);
            if (k >= entities.size() || entities.get(k) != entity) {
                entities.add(k, entity);
            }
            if (entity.getApplicant() == null) {
                entity.attach(this, k);
            } else {
                entity.moveTo(k);
            }
        }
    }

    /**
     * How a list's new values pair with its old entries.
     *
     * @param source  per new value: the index of the old entry it keeps or edits, or -1 for an added entry
     * @param removed the indexes of old entries that are removed, ascending
     */
    private record Alignment(int[] source, List<Integer> removed) {
    }

    /**
     * Pairs old and new entries along the longest common subsequence of the two lists, so an entry that did not
     * change keeps its row and its verification even when an entry before it was removed or inserted (removing
     * exams[0] must neither verify an applicant's exams[1] nor undo an advisor's verification of it). Between two
     * kept entries, old and new entries are paired in order: a pair is an edit, an old entry left over is removed, a
     * new one left over is added.
     */
    private static <R> Alignment align(List<R> old, List<R> values) {
        int n = old.size();
        int m = values.size();
        int[][] common = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                common[i][j] = old.get(i).equals(values.get(j)) ? common[i + 1][j + 1] + 1
                        : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        int[] source = new int[m];
        List<Integer> removed = new ArrayList<>();
        List<Integer> gapOld = new ArrayList<>();
        List<Integer> gapNew = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && old.get(i).equals(values.get(j)) && common[i][j] == common[i + 1][j + 1] + 1) {
                closeGap(gapOld, gapNew, source, removed);
                source[j] = i;
                i++;
                j++;
            } else if (j == m || (i < n && common[i + 1][j] >= common[i][j + 1])) {
                gapOld.add(i);
                i++;
            } else {
                gapNew.add(j);
                j++;
            }
        }
        closeGap(gapOld, gapNew, source, removed);
        return new Alignment(source, removed);
    }

    /** Pairs the old and new entries between two kept ones: edits first, then removals or additions. */
    private static void closeGap(List<Integer> gapOld, List<Integer> gapNew, int[] source, List<Integer> removed) {
        for (int k = 0; k < gapNew.size(); k++) {
            source[gapNew.get(k)] = k < gapOld.size() ? gapOld.get(k) : -1;
        }
        for (int k = gapNew.size(); k < gapOld.size(); k++) {
            removed.add(gapOld.get(k));
        }
        gapOld.clear();
        gapNew.clear();
    }

    /**
     * An existing entry that {@link #apply} would change or remove.
     *
     * @param section  the profile list, e.g. {@code exams}
     * @param position its index in that list now
     * @param verified whether an advisor verified it (or the office entered it)
     * @param before   the entry as it is (a core record such as {@code ExamAttempt})
     * @param after    what it would become; null when it would be removed
     */
    public record EntryChange(String section, int position, boolean verified, Object before, Object after) {

        /** How the record names the entry now: {@code exams[2]}. */
        public String reference() {
            return section + "[" + position + "]";
        }

        public boolean removal() {
            return after == null;
        }
    }

    /**
     * The existing entries that {@code apply(profile, ...)} would change or remove, in profile order, without
     * changing anything: entries are paired exactly as {@link #apply} pairs them.
     */
    public List<EntryChange> changesBy(ApplicantProfile profile) {
        List<EntryChange> out = new ArrayList<>();
        changes(out, "exams", exams, profile.exams());
        changes(out, "practiceAssessments", practiceAssessments, profile.practiceAssessments());
        changes(out, "clinicalExperiences", clinicalExperiences, profile.clinicalExperiences());
        changes(out, "letters", letters, profile.letters());
        changes(out, "timeline", timeline, profile.timeline());
        changes(out, "academicEvents", academicEvents, profile.academicEvents());
        changes(out, "professionalismEvents", professionalismEvents, profile.professionalismEvents());
        changes(out, "cycles", cycles, profile.cycles());
        return out;
    }

    private static <R> void changes(List<EntryChange> out, String section, List<? extends ApplicantItemEntity<R>> entities,
            List<R> values) {
        List<R> old = records(entities);
        Alignment alignment = align(old, values);
        List<EntryChange> found = new ArrayList<>();
        for (int j = 0; j < values.size(); j++) {
            int from = alignment.source()[j];
            if (from >= 0 && !old.get(from).equals(values.get(j))) {
                found.add(new EntryChange(section, from, entities.get(from).isVerified(), old.get(from), values.get(j)));
            }
        }
        for (int i : alignment.removed()) {
            found.add(new EntryChange(section, i, entities.get(i).isVerified(), old.get(i), null));
        }
        found.sort(java.util.Comparator.comparingInt(EntryChange::position));
        out.addAll(found);
    }

    /** The record as the rules read it, lists in position order. */
    public ApplicantProfile toProfile() {
        return ApplicantProfile.builder()
                .externalId(externalId)
                .name(new PersonName(givenName, familyName))
                .email(email)
                .applicantType(applicantType)
                .visa(visa)
                .medicalSchool(medicalSchool(medicalSchoolName, medicalSchoolCountry))
                .matriculationDate(matriculationDate)
                .graduationDate(graduationDate)
                .targetSpecialties(targetSpecialties)
                .matchYear(matchYear)
                .exams(records(exams))
                .practiceAssessments(records(practiceAssessments))
                .clinicalExperiences(records(clinicalExperiences))
                .letters(records(letters))
                .timeline(records(timeline))
                .academicEvents(records(academicEvents))
                .professionalismEvents(records(professionalismEvents))
                .cycles(records(cycles))
                .build();
    }

    /** The medical school of the two columns: none without a name. */
    static MedicalSchool medicalSchool(String name, String country) {
        return name == null ? null : new MedicalSchool(name, country);
    }

    private static <R> List<R> records(List<? extends ApplicantItemEntity<R>> entities) {
        return entities.stream().map(ApplicantItemEntity::toRecord).toList();
    }

    /** The entry at {@code section[index]} (section as in the profile JSON: "exams", "letters", ...), if any. */
    public java.util.Optional<ApplicantItemEntity<?>> item(String section, int index) {
        List<? extends ApplicantItemEntity<?>> list = switch (section) {
            case "exams" -> exams;
            case "practiceAssessments" -> practiceAssessments;
            case "clinicalExperiences" -> clinicalExperiences;
            case "letters" -> letters;
            case "timeline" -> timeline;
            case "academicEvents" -> academicEvents;
            case "professionalismEvents" -> professionalismEvents;
            case "cycles" -> cycles;
            default -> List.of();
        };
        return index >= 0 && index < list.size() ? java.util.Optional.of(list.get(index)) : java.util.Optional.empty();
    }

    /** References ("exams[2]") of every entry an applicant entered that no advisor has verified yet. */
    public List<String> unverifiedItems() {
        List<String> out = new ArrayList<>();
        collectUnverified(out, "exams", exams);
        collectUnverified(out, "practiceAssessments", practiceAssessments);
        collectUnverified(out, "clinicalExperiences", clinicalExperiences);
        collectUnverified(out, "letters", letters);
        collectUnverified(out, "timeline", timeline);
        collectUnverified(out, "academicEvents", academicEvents);
        collectUnverified(out, "professionalismEvents", professionalismEvents);
        collectUnverified(out, "cycles", cycles);
        return out;
    }

    private static void collectUnverified(List<String> out, String section, List<? extends ApplicantItemEntity<?>> items) {
        for (int i = 0; i < items.size(); i++) {
            if (!items.get(i).isVerified()) {
                out.add(section + "[" + i + "]");
            }
        }
    }

    /** The cycle of {@code year}, if the record has one. */
    public java.util.Optional<CycleEntity> cycle(int year) {
        return cycles.stream().filter(c -> c.getMatchYear() == year).findFirst();
    }

    public void assignAdvisor(long advisorId) { advisorIds.add(advisorId); }
    public void unassignAdvisor(long advisorId) { advisorIds.remove(advisorId); }
    public void joinCohort(long cohortId) { cohortIds.add(cohortId); }
    public void linkUser(Long applicantUserId) { this.userId = applicantUserId; }

    public Long getId() { return id; }
    public Long getSchoolId() { return schoolId; }
    public String getExternalId() { return externalId; }
    public String getGivenName() { return givenName; }
    public String getFamilyName() { return familyName; }
    public String getEmail() { return email; }
    public ApplicantType getApplicantType() { return applicantType; }
    public Visa getVisa() { return visa; }
    public List<Specialty> getTargetSpecialties() { return List.copyOf(targetSpecialties); }
    public int getMatchYear() { return matchYear; }
    public Long getUserId() { return userId; }
    String getMedicalSchoolName() { return medicalSchoolName; }
    String getMedicalSchoolCountry() { return medicalSchoolCountry; }
    LocalDate getMatriculationDate() { return matriculationDate; }
    LocalDate getGraduationDate() { return graduationDate; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public long getVersion() { return version; }
    public Set<Long> getAdvisorIds() { return Set.copyOf(advisorIds); }
    public Set<Long> getCohortIds() { return Set.copyOf(cohortIds); }
    public List<CycleEntity> getCycles() { return List.copyOf(cycles); }
}
