package org.matchwise.imports;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.matchwise.applicant.ApplicantProfile;
import org.matchwise.applicant.ApplicantType;
import org.matchwise.applicant.MedicalSchool;
import org.matchwise.applicant.Specialty;
import org.matchwise.applicant.Visa;
import org.matchwise.applicant.ApplicantService;
import org.matchwise.applicant.BulkCreate;
import org.matchwise.applicant.ApplicantViews.ApplicantPage;
import org.matchwise.applicant.ApplicantViews.ApplicantRecord;
import org.matchwise.applicant.ApplicantViews.ApplicantSummary;
import org.matchwise.applicant.ApplicantViews.ListFilter;
import org.matchwise.applicant.SaveResult;
import org.matchwise.audit.AccessAction;
import org.matchwise.audit.AccessLog;
import org.matchwise.security.CurrentUser;
import org.matchwise.security.persistence.UserEntity;
import org.matchwise.security.persistence.UserRepository;
import org.springframework.stereotype.Component;

/**
 * {@link ApplicantStore} on the applicant feature's {@link ApplicantService}: its school scoping, role checks,
 * history and access log apply to imports and exports as to any other change or export.
 */
@Component
class ServiceApplicantStore implements ApplicantStore {

    private static final int PAGE = 200;

    private final ApplicantService applicants;
    private final UserRepository users;
    private final CurrentUser currentUser;
    private final EntityManager entityManager;
    private final AccessLog accessLog;

    ServiceApplicantStore(ApplicantService applicants, UserRepository users, CurrentUser currentUser,
            EntityManager entityManager, AccessLog accessLog) {
        this.accessLog = accessLog;
        this.applicants = applicants;
        this.users = users;
        this.currentUser = currentUser;
        this.entityManager = entityManager;
    }

    /**
     * A read-only projection straight from the applicant table, scoped to the caller's school: the applicant
     * service offers lookups one record (with all its lists) at a time, which for a 1,000-row roster meant
     * thousands of queries. Writes still go through the service.
     */
    @Override
    public Map<String, Stored> identities(Collection<String> externalIds) {
        Map<String, Stored> found = new LinkedHashMap<>();
        if (externalIds.isEmpty()) {
            return found;
        }
        List<Object[]> rows = entityManager.createQuery("""
                select a.id, a.version, a.externalId, a.givenName, a.familyName, a.email, a.applicantType, a.visa,
                       a.medicalSchoolName, a.medicalSchoolCountry, a.matriculationDate, a.graduationDate,
                       a.targetSpecialties, a.matchYear
                from ApplicantEntity a where a.schoolId = :school and a.externalId in :ids""", Object[].class)
                .setParameter("school", currentUser.require().schoolId())
                .setParameter("ids", externalIds)
                .getResultList();
        for (Object[] r : rows) {
            @SuppressWarnings("unchecked")
            List<Specialty> specialties = (List<Specialty>) r[12];
            ApplicantProfile profile = ApplicantProfile.builder()
                    .externalId((String) r[2])
                    .name((String) r[3], (String) r[4])
                    .email((String) r[5])
                    .applicantType((ApplicantType) r[6])
                    .visa((Visa) r[7])
                    .medicalSchool(r[8] == null ? null : new MedicalSchool((String) r[8], (String) r[9]))
                    .matriculationDate((LocalDate) r[10])
                    .graduationDate((LocalDate) r[11])
                    .targetSpecialties(specialties)
                    .matchYear((Integer) r[13])
                    .build();
            found.put(profile.externalId(), new Stored((Long) r[0], (Long) r[1], profile, List.of()));
        }
        // the preview and the import read these stored records to compare them with the file
        accessLog.recordAll(found.values().stream().map(Stored::id).toList(), AccessAction.IMPORT_COMPARE, null);
        return found;
    }

    @Override
    public Map<String, Stored> findByExternalIds(Collection<String> externalIds) {
        Map<String, Stored> found = new LinkedHashMap<>();
        for (String id : externalIds) {
            applicants.findByExternalId(id).ifPresent(r -> found.put(id, stored(r, List.of())));
        }
        return found;
    }

    @Override
    public Map<Integer, String> createAll(List<BulkCreate.NewApplicant> batch) {
        return switch (applicants.createAll(batch)) {
            case BulkCreate.Created created -> Map.of();
            case BulkCreate.Refused refused -> refused.problems().entrySet().stream()
                    .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().message()));
        };
    }

    @Override
    public Optional<String> replace(Stored existing, ApplicantProfile profile) {
        return problem(applicants.replace(existing.id(), profile, existing.version()));
    }

    /** Each applicant's record through {@link ApplicantService#export}, so every one is in the access log. */
    @Override
    public List<Stored> cohort(int matchYear) {
        Map<Long, String> emails = users.findBySchoolIdOrderByDisplayName(currentUser.require().schoolId()).stream()
                .collect(Collectors.toMap(UserEntity::getId, UserEntity::getEmail));
        List<Stored> cohort = new ArrayList<>();
        ListFilter filter = new ListFilter(null, matchYear, null, null);
        for (int page = 0; ; page++) {
            ApplicantPage result = applicants.list(filter, page, PAGE);
            for (ApplicantSummary s : result.items()) {
                List<String> advisors = s.advisorIds().stream().map(emails::get).filter(e -> e != null).toList();
                cohort.add(stored(applicants.export(s.id()), advisors));
            }
            if ((long) (page + 1) * PAGE >= result.total() || result.items().isEmpty()) {
                return cohort;
            }
        }
    }

    private static Stored stored(ApplicantRecord r, List<String> advisors) {
        return new Stored(r.id(), r.version(), r.profile(), advisors);
    }

    private static Optional<String> problem(SaveResult result) {
        return switch (result) {
            case SaveResult.Saved saved -> Optional.empty();
            case SaveResult.VersionConflict conflict -> Optional.of("The applicant was changed by someone else during "
                    + "the import (version " + conflict.expected() + " became " + conflict.current() + "); import again.");
            case SaveResult.Rejected rejected -> Optional.of(rejected.message());
        };
    }
}
