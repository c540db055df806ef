package org.matchwise.applicant.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.matchwise.account.Role;
import org.matchwise.applicant.AcademicEvent;
import org.matchwise.applicant.AcademicKind;
import org.matchwise.applicant.ApplicantProfile;
import org.matchwise.applicant.Cycle;
import org.matchwise.applicant.CycleOutcome;
import org.matchwise.applicant.Exam;
import org.matchwise.applicant.ExamAttempt;
import org.matchwise.applicant.ExamOutcome;
import org.matchwise.applicant.Letter;
import org.matchwise.applicant.SpecialtyApplication;
import org.matchwise.applicant.persistence.ApplicantRecordReader.StoredRecord;
import org.matchwise.audit.persistence.CurrentActor;
import org.matchwise.school.persistence.SchoolEntity;
import org.matchwise.school.persistence.SchoolRepository;
import org.matchwise.security.persistence.UserEntity;
import org.matchwise.security.persistence.UserRepository;
import org.matchwise.testing.Profiles;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one-statement read of a record ({@link ApplicantRecordReader}) gives exactly what loading the aggregate gives
 * ({@link ApplicantEntity#toProfile()}, {@link ApplicantEntity#unverifiedItems()}, version, linked account), on H2 in
 * PostgreSQL mode here and on PostgreSQL in {@code ApplicantRecordReaderPostgresTest}; it reads nothing across
 * schools, and reads a long record whole. That it is one statement is counted on the JDBC connection by
 * {@code BearerReadCostTest} (web-ui).
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:record-reader;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
        + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
class ApplicantRecordReaderTest {

    @Autowired SchoolRepository schools;
    @Autowired UserRepository users;
    @Autowired ApplicantRepository applicants;
    @Autowired ApplicantRecordReader reader;
    @Autowired TransactionTemplate tx;

    private final Instant now = Instant.parse("2026-05-15T10:00:00Z");
    private long schoolId;
    private long advisorId;
    private long applicantUserId;

    @BeforeEach
    void school() {
        schoolId = schools.save(new SchoolEntity("School " + UUID.randomUUID(), now)).getId();
        advisorId = users.save(new UserEntity(schoolId, UUID.randomUUID() + "@example.org", "Ada Advisor",
                Role.ADVISOR, now)).getId();
        applicantUserId = users.save(new UserEntity(schoolId, UUID.randomUUID() + "@example.org", "Ana Applicant",
                Role.APPLICANT, now)).getId();
        CurrentActor.use(() -> Optional.of(advisorId));
    }

    @AfterEach
    void noActor() {
        CurrentActor.use(null);
    }

    long schoolId() {
        return schoolId;
    }

    long advisor() {
        return advisorId;
    }

    long applicantUser() {
        return applicantUserId;
    }

    long storeLinked(ApplicantProfile profile, Long linkedUser) {
        return store(profile, linkedUser);
    }

    private long store(ApplicantProfile profile, Long linkedUser) {
        return tx.execute(s -> {
            ApplicantEntity entity = new ApplicantEntity(schoolId, profile, new Editor(advisorId, false, now));
            entity.linkUser(linkedUser);
            return applicants.save(entity).getId();
        });
    }

    /** Reads the record both ways in one transaction and expects the same. */
    private StoredRecord readsAsTheAggregate(long id) {
        return tx.execute(s -> {
            StoredRecord stored = reader.find(id, schoolId).orElseThrow();
            ApplicantEntity entity = applicants.findByIdAndSchoolId(id, schoolId).orElseThrow();
            assertThat(stored.profile()).isEqualTo(entity.toProfile());
            assertThat(stored.unverified()).isEqualTo(entity.unverifiedItems());
            assertThat(stored.version()).isEqualTo(entity.getVersion());
            assertThat(stored.userId()).isEqualTo(entity.getUserId());
            assertThat(stored.id()).isEqualTo(id);
            assertThat(stored.schoolId()).isEqualTo(schoolId);
            return stored;
        });
    }

    @Test
    void a_record_with_every_field_set_reads_as_the_loaded_aggregate() {
        ApplicantProfile profile = Profiles.everyFieldSet().externalId("ALL-" + UUID.randomUUID()).build();
        // the fixture keeps its promise: the first entry of every list has every field set, so a field the read
        // drops or puts into another field's place shows
        for (List<? extends Record> list : List.of(profile.exams(), profile.practiceAssessments(),
                profile.clinicalExperiences(), profile.letters(), profile.timeline(), profile.academicEvents(),
                profile.professionalismEvents(), profile.cycles(), profile.cycles().getFirst().specialties())) {
            assertThat(list).hasSizeGreaterThanOrEqualTo(1);
            everyComponentSet(list.getFirst());
        }
        everyComponentSet(profile);
        long id = store(profile, applicantUserId);

        StoredRecord stored = readsAsTheAggregate(id);

        assertThat(stored.profile()).isEqualTo(profile.toBuilder().build());
        assertThat(stored.userId()).isEqualTo(applicantUserId);
        assertThat(stored.unverified()).isEmpty();
        assertThat(stored.profile().cycles().getFirst().specialties()).hasSize(2);
        assertThat(stored.profile().cycles().get(1).specialties()).hasSize(1);
    }

    @Test
    void a_record_with_empty_lists_and_no_optional_field_reads_as_the_loaded_aggregate() {
        ApplicantProfile bare = ApplicantProfile.builder().externalId("BARE-" + UUID.randomUUID())
                .name("Bare", "Record").applicantType(org.matchwise.applicant.ApplicantType.US_MD)
                .matriculationDate(LocalDate.of(2021, 8, 1)).graduationDate(LocalDate.of(2025, 5, 20))
                .matchYear(2026).build();
        long id = store(bare, null);

        StoredRecord stored = readsAsTheAggregate(id);

        assertThat(stored.profile()).isEqualTo(bare);
        assertThat(stored.userId()).isNull();
    }

    @Test
    void entries_the_applicant_entered_are_named_unverified_in_list_order() {
        ApplicantProfile profile = Profiles.everyFieldSet().externalId("UNV-" + UUID.randomUUID()).build();
        long id = store(profile, applicantUserId);
        ApplicantProfile changed = profile.toBuilder()
                .exam(new ExamAttempt(Exam.USMLE_STEP3, LocalDate.of(2026, 4, 1), ExamOutcome.PASS, null))
                .letter(new Letter("C. Writer, MD", org.matchwise.applicant.Specialty.PEDIATRICS, true, true,
                        org.matchwise.applicant.LetterStatus.REQUESTED, null, null, true, null, null))
                .academicEvent(new AcademicEvent(AcademicKind.REMEDIATION, "Anatomy", null, false, null))
                .cycle(new Cycle(2028, CycleOutcome.IN_PROGRESS, List.of(), null))
                .build();
        tx.executeWithoutResult(s -> applicants.findForChange(id, schoolId).orElseThrow()
                .apply(changed, new Editor(applicantUserId, true, now.plusSeconds(60))));

        StoredRecord stored = readsAsTheAggregate(id);

        assertThat(stored.unverified()).containsExactly("exams[2]", "letters[2]", "academicEvents[2]", "cycles[2]");
        assertThat(stored.profile().cycles().get(2).specialties()).isEmpty();
        assertThat(stored.version()).isGreaterThan(0);
    }

    @Test
    void another_schools_record_and_an_unknown_id_read_nothing() {
        long id = store(Profiles.everyFieldSet().externalId("OTHER-" + UUID.randomUUID()).build(), null);
        long otherSchool = schools.save(new SchoolEntity("Other " + UUID.randomUUID(), now)).getId();

        Optional<StoredRecord> foreign = tx.execute(s -> reader.find(id, otherSchool));
        Optional<StoredRecord> unknown = tx.execute(s -> reader.find(Long.MAX_VALUE, schoolId));
        Optional<StoredRecord> own = tx.execute(s -> reader.find(id, schoolId));

        assertThat(foreign).isEmpty();
        assertThat(unknown).isEmpty();
        assertThat(own).isPresent();
    }

    @Test
    void a_long_record_reads_whole_with_every_list_in_order() {
        ApplicantProfile.Builder longer = Profiles.everyFieldSet().externalId("LONG-" + UUID.randomUUID());
        for (int i = 0; i < 20; i++) {
            longer.exam(new ExamAttempt(Exam.COMLEX_L3, LocalDate.of(2026, 1, 1).plusDays(i), ExamOutcome.SCHEDULED,
                    null));
            longer.cycle(new Cycle(2030 + i, CycleOutcome.IN_PROGRESS,
                    List.of(new SpecialtyApplication(org.matchwise.applicant.Specialty.OTHER, i, null)), null));
        }
        long id = store(longer.build(), null);

        StoredRecord stored = readsAsTheAggregate(id);

        assertThat(stored.profile().exams()).hasSize(22);
        assertThat(stored.profile().cycles()).hasSize(22);
        assertThat(stored.profile().cycles().get(21).specialties().getFirst().programsApplied()).isEqualTo(19);
    }

    @Test
    void changes_pending_in_the_transaction_are_read_as_an_entity_query_would() {
        ApplicantProfile profile = Profiles.everyFieldSet().externalId("PEND-" + UUID.randomUUID()).build();
        long id = store(profile, null);

        StoredRecord stored = tx.execute(s -> {
            applicants.findForChange(id, schoolId).orElseThrow().apply(profile.toBuilder().email("new@example.org")
                    .exam(new ExamAttempt(Exam.USMLE_STEP3, LocalDate.of(2026, 4, 1), ExamOutcome.SCHEDULED, null))
                    .build(), new Editor(advisorId, false, now.plusSeconds(60)));
            return reader.find(id, schoolId).orElseThrow();
        });

        assertThat(stored.profile().email()).isEqualTo("new@example.org");
        assertThat(stored.profile().exams()).hasSize(3);
    }

    private static void everyComponentSet(Record value) {
        for (RecordComponent c : value.getClass().getRecordComponents()) {
            try {
                Object v = c.getAccessor().invoke(value);
                assertThat(v).as("%s.%s", value.getClass().getSimpleName(), c.getName()).isNotNull();
                if (v instanceof java.util.Collection<?> list) {
                    assertThat(list).as("%s.%s", value.getClass().getSimpleName(), c.getName()).isNotEmpty();
                }
                if (v instanceof java.util.Map<?, ?> map) {
                    assertThat(map).as("%s.%s", value.getClass().getSimpleName(), c.getName()).isNotEmpty();
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
