package org.matchwise.applicant;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.matchwise.account.Role;
import org.matchwise.applicant.ApplicantViews.ApplicantPage;
import org.matchwise.applicant.ApplicantViews.ApplicantRecord;
import org.matchwise.applicant.ApplicantViews.ApplicantSummary;
import org.matchwise.applicant.ApplicantViews.CaseOverview;
import org.matchwise.applicant.ApplicantViews.ChangeView;
import org.matchwise.applicant.ApplicantViews.CycleState;
import org.matchwise.applicant.ApplicantViews.CycleView;
import org.matchwise.applicant.ApplicantViews.HistoryView;
import org.matchwise.applicant.ApplicantViews.ListFilter;
import org.matchwise.applicant.ApplicantViews.SnapshotView;
import org.matchwise.applicant.persistence.ApplicantEntity;
import org.matchwise.applicant.persistence.ApplicantHistory;
import org.matchwise.applicant.persistence.ApplicantItemEntity;
import org.matchwise.applicant.persistence.ApplicantRepository;
import org.matchwise.applicant.persistence.ApplicantSearch;
import org.matchwise.applicant.persistence.CycleEntity;
import org.matchwise.applicant.persistence.CycleSnapshotEntity;
import org.matchwise.applicant.persistence.CycleSnapshotRepository;
import org.matchwise.applicant.persistence.Editor;
import org.matchwise.applicant.persistence.SnapshotKind;
import org.matchwise.assessment.Assessment;
import org.matchwise.assessment.api.AssessmentJson;
import org.matchwise.audit.AccessAction;
import org.matchwise.audit.AccessLog;
import org.matchwise.cohort.persistence.CohortEntity;
import org.matchwise.cohort.persistence.CohortRepository;
import org.matchwise.flags.persistence.FlagRepository;
import org.matchwise.flags.persistence.FlagStatus;
import org.matchwise.profile.json.ProfileJson;
import org.matchwise.profile.json.ProfileRead;
import org.matchwise.readiness.CycleComparison;
import org.matchwise.ruleset.RuleSet;
import org.matchwise.ruleset.RuleSetStore;
import org.matchwise.security.MatchwiseUser;
import org.matchwise.security.persistence.UserEntity;
import org.matchwise.security.persistence.UserRepository;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Applicant records of the caller's school. Advisors and admins work every applicant of their school; an
 * applicant reaches only the record linked to their account, without its sensitive parts. Every change
 * recomputes the assessment and the flags; every view is written to the access log.
 */
@Service
@Transactional
public class ApplicantService {

    static final int MAX_PAGE_SIZE = 200;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ApplicantAccess access;
    private final ApplicantRepository applicants;
    private final CohortRepository cohorts;
    private final UserRepository users;
    private final CycleSnapshotRepository snapshots;
    private final FlagRepository flags;
    private final ApplicantHistory history;
    private final Assessments assessments;
    private final RuleSetStore ruleSets;
    private final AccessLog accessLog;
    private final ProfileJson profileJson;
    private final FlagService flagService;
    private final Clock clock;

    ApplicantService(ApplicantAccess access, ApplicantRepository applicants, CohortRepository cohorts,
            UserRepository users, CycleSnapshotRepository snapshots, FlagRepository flags, ApplicantHistory history,
            Assessments assessments, RuleSetStore ruleSets, AccessLog accessLog, ProfileJson profileJson,
            FlagService flagService, Clock clock) {
        this.access = access;
        this.applicants = applicants;
        this.cohorts = cohorts;
        this.users = users;
        this.snapshots = snapshots;
        this.flags = flags;
        this.history = history;
        this.assessments = assessments;
        this.ruleSets = ruleSets;
        this.accessLog = accessLog;
        this.profileJson = profileJson;
        this.flagService = flagService;
        this.clock = clock;
    }

    /**
     * Stores a new applicant in the caller's school and assesses it.
     *
     * @param advisorEmail optional: an advisor of the same school to assign
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'ADVISOR')")
    public SaveResult create(ApplicantProfile profile, String advisorEmail) {
        MatchwiseUser user = access.caller();
        if (profile.matchYear() == null) {
            return new SaveResult.Rejected("match_year_missing", "A stored record needs its matchYear.");
        }
        if (applicants.existsBySchoolIdAndExternalId(user.schoolId(), profile.externalId())) {
            return new SaveResult.Rejected("duplicate_external_id",
                    "An applicant with externalId " + profile.externalId() + " already exists in your school.");
        }
        Optional<UserEntity> advisor = Optional.empty();
        if (advisorEmail != null && !advisorEmail.isBlank()) {
            advisor = advisorOfSchool(user.schoolId(), advisorEmail);
            if (advisor.isEmpty()) {
                return new SaveResult.Rejected("unknown_advisor", "No advisor " + advisorEmail + " in your school.");
            }
        }
        ApplicantEntity entity = new ApplicantEntity(user.schoolId(), profile, editor(user));
        advisor.ifPresent(a -> entity.assignAdvisor(a.getId()));
        entity.joinCohort(cohortOf(user.schoolId(), profile.matchYear()).getId());
        applicants.saveAndFlush(entity);
        assessments.reassess(entity, user.id());
        applicants.flush();
        return new SaveResult.Saved(entity.getId(), entity.getVersion());
    }

    /**
     * Replaces the record with {@code profile} if it is still at {@code expectedVersion}; otherwise changes
     * nothing and answers {@link SaveResult.VersionConflict}. An applicant changes only their progress sections.
     * Should a concurrent writer still slip in, the commit fails with an optimistic-locking exception.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'ADVISOR', 'APPLICANT')")
    public SaveResult replace(long id, ApplicantProfile profile, long expectedVersion) {
        MatchwiseUser user = access.caller();
        ApplicantEntity current = access.read(id);
        if (current.getVersion() != expectedVersion) {
            return new SaveResult.VersionConflict(expectedVersion, current.getVersion());
        }
        // should someone commit between the check above and this lock, the version increment fails on the
        // stale version and the whole change rolls back with an optimistic-locking exception (412 in the API)
        ApplicantEntity entity = access.change(id);
        ApplicantProfile stored = entity.toProfile();
        ApplicantProfile next;
        if (user.is(Role.APPLICANT)) {
            next = Privacy.mergeApplicantEdit(stored, profile);
        } else {
            if (!profile.externalId().equals(stored.externalId())
                    && applicants.existsBySchoolIdAndExternalId(user.schoolId(), profile.externalId())) {
                return new SaveResult.Rejected("duplicate_external_id",
                        "An applicant with externalId " + profile.externalId() + " already exists in your school.");
            }
            next = profile.matchYear() == null ? profile.toBuilder().matchYear(stored.matchYear()).build() : profile;
        }
        entity.apply(next, editor(user));
        entity.joinCohort(cohortOf(user.schoolId(), entity.getMatchYear()).getId());
        applicants.flush();
        assessments.reassess(entity, user.id());
        applicants.flush();
        return new SaveResult.Saved(entity.getId(), entity.getVersion());
    }

    /** The caller's school's applicant with this external id (import uses it to stay idempotent). */
    @PreAuthorize("hasAnyRole('ADMIN', 'ADVISOR')")
    @Transactional(readOnly = true)
    public Optional<ApplicantRecord> findByExternalId(String externalId) {
        MatchwiseUser user = access.caller();
        return applicants.findBySchoolIdAndExternalId(user.schoolId(), externalId).map(a -> record(a, false));
    }

    /** The id of the record linked to the signed-in applicant, if any. */
    @PreAuthorize("hasRole('APPLICANT')")
    @Transactional(readOnly = true)
    public Optional<Long> myRecordId() {
        MatchwiseUser user = access.caller();
        return applicants.findByUserId(user.id()).filter(a -> a.getSchoolId().equals(user.schoolId()))
                .map(ApplicantEntity::getId);
    }

    /** The record; redacted for an applicant. Logged as a view. */
    @PreAuthorize("hasAnyRole('ADMIN', 'ADVISOR', 'APPLICANT')")
    public ApplicantRecord get(long id) {
        ApplicantEntity a = access.read(id);
        accessLog.record(id, AccessAction.VIEW_PROFILE);
        return record(a, access.caller().is(Role.APPLICANT));
    }

    /** The record for an export (JSON download, report); logged as an export. */
    @PreAuthorize("hasAnyRole('ADMIN', 'ADVISOR', 'APPLICANT')")
    public ApplicantRecord export(long id) {
        ApplicantEntity a = access.read(id);
        accessLog.record(id, AccessAction.EXPORT_PROFILE);
        return record(a, access.caller().is(Role.APPLICANT));
    }

    /** A page of the caller's school's applicants, by family then given name. */
    @PreAuthorize("hasAnyRole('ADMIN', 'ADVISOR')")
    @Transactional(readOnly = true)
    public ApplicantPage list(ListFilter filter, int page, int size) {
        MatchwiseUser user = access.caller();
        ListFilter f = filter == null ? ListFilter.none() : filter;
        int pageSize = Math.clamp(size, 1, MAX_PAGE_SIZE);
        var result = applicants.findAll(
                new ApplicantSearch(user.schoolId(), f.text(), f.matchYear(), f.advisorId(), f.openFlag()).toSpecification(),
                PageRequest.of(Math.max(0, page), pageSize, Sort.by("familyName", "givenName", "id")));
        return new ApplicantPage(result.map(ApplicantService::summary).getContent(), result.getNumber(), pageSize,
                result.getTotalElements());
    }

    /** The assessment as of today with the school's rule set; the flags follow it. Redacted for an applicant. */
    @PreAuthorize("hasAnyRole('ADMIN', 'ADVISOR', 'APPLICANT')")
    public Assessment assessment(long id) {
        MatchwiseUser user = access.caller();
        ApplicantEntity a = access.read(id);
        accessLog.record(id, AccessAction.VIEW_ASSESSMENT);
        Assessment assessment = assessments.reassess(a, user.id()).assessment();
        return user.is(Role.APPLICANT) ? Privacy.redact(assessment) : assessment;
    }

    /** What a case page shows first. */
    @PreAuthorize("hasAnyRole('ADMIN', 'ADVISOR', 'APPLICANT')")
    public CaseOverview overview(long id) {
        MatchwiseUser user = access.caller();
        ApplicantEntity a = access.read(id);
        accessLog.record(id, AccessAction.VIEW_OVERVIEW);
        Assessments.Assessed assessed = assessments.reassess(a, user.id());
        boolean applicant = user.is(Role.APPLICANT);
        List<CycleView> cycles = a.getCycles().stream().map(c -> new CycleView(c.getMatchYear(), c.getOutcome(),
                CycleState.valueOf(c.getStatus().name()), c.getSubmittedAt(), c.getClosedAt())).toList();
        return new CaseOverview(summary(a), assessed.assessment().readiness().verdict(),
                assessed.ruleSet().identity().version(), flagService.activeFlags(a.getId(), applicant),
                a.unverifiedItems(), cycles, assessed.assessment().readiness().cycleComparison());
    }

    /** Field-level changes (who, when, what), cycle snapshots and what changed since the last unmatched cycle. */
    @PreAuthorize("hasAnyRole('ADMIN', 'ADVISOR')")
    public HistoryView history(long id) {
        MatchwiseUser user = access.caller();
        ApplicantEntity a = access.read(id);
        accessLog.record(id, AccessAction.VIEW_HISTORY);
        Map<Long, String> names = users.findBySchoolIdOrderByDisplayName(user.schoolId()).stream()
                .collect(Collectors.toMap(UserEntity::getId, UserEntity::getDisplayName));
        List<ChangeView> changes = history.changesOf(id, java.util.Set.of()).stream()
                .map(c -> new ChangeView(c.revision(), c.at(), c.userId(), c.userId() == null ? null : names.get(c.userId()),
                        c.item(), c.kind(), c.changes()))
                .toList();
        List<SnapshotView> frozen = snapshots.findByApplicantIdOrderByTakenAtAscIdAsc(id).stream()
                .map(s -> snapshotView(a.getSchoolId(), s)).toList();
        RuleSet ruleSet = ruleSets.current(a.getSchoolId(), a.getMatchYear(), user.id());
        CycleComparison since = CycleComparison.of(a.toProfile(), ruleSet, assessments.today()).orElse(null);
        return new HistoryView(changes, frozen, since);
    }

    /** An advisor confirms an entry an applicant entered, named like evidence: {@code exams[2]}. */
    @PreAuthorize("hasAnyRole('ADMIN', 'ADVISOR')")
    public SaveResult verify(long id, String item) {
        MatchwiseUser user = access.caller();
        var matcher = java.util.regex.Pattern.compile("([A-Za-z]+)\\[(\\d{1,6})]").matcher(item == null ? "" : item);
        if (!matcher.matches()) {
            return new SaveResult.Rejected("invalid_item", "Name the entry like exams[2].");
        }
        access.read(id);
        ApplicantEntity a = access.change(id);
        Optional<ApplicantItemEntity<?>> entry = a.item(matcher.group(1), Integer.parseInt(matcher.group(2)));
        if (entry.isEmpty()) {
            return new SaveResult.Rejected("unknown_item", "The record has no entry " + item + ".");
        }
        entry.get().verify(user.id(), clock.instant());
        applicants.flush();
        return new SaveResult.Saved(a.getId(), a.getVersion());
    }

    /** Assigns an advisor of the caller's school. */
    @PreAuthorize("hasAnyRole('ADMIN', 'ADVISOR')")
    public SaveResult assignAdvisor(long id, String advisorEmail) {
        MatchwiseUser user = access.caller();
        access.read(id);
        Optional<UserEntity> advisor = advisorOfSchool(user.schoolId(), advisorEmail);
        if (advisor.isEmpty()) {
            return new SaveResult.Rejected("unknown_advisor", "No advisor " + advisorEmail + " in your school.");
        }
        ApplicantEntity a = access.change(id);
        a.assignAdvisor(advisor.get().getId());
        applicants.flush();
        return new SaveResult.Saved(a.getId(), a.getVersion());
    }

    /** Links the record to an APPLICANT account of the same school, so that applicant may sign in and see it. */
    @PreAuthorize("hasRole('ADMIN')")
    public SaveResult linkAccount(long id, String applicantEmail) {
        MatchwiseUser user = access.caller();
        access.read(id);
        Optional<UserEntity> account = users.findByEmail(UserEntity.normalizeEmail(applicantEmail))
                .filter(u -> u.getSchoolId().equals(user.schoolId()) && u.getRole() == Role.APPLICANT);
        if (account.isEmpty()) {
            return new SaveResult.Rejected("unknown_account", "No applicant account " + applicantEmail + " in your school.");
        }
        Optional<ApplicantEntity> linked = applicants.findByUserId(account.get().getId());
        if (linked.isPresent() && linked.get().getId() != id) {
            return new SaveResult.Rejected("account_in_use", "That account is linked to another record.");
        }
        ApplicantEntity a = access.change(id);
        a.linkUser(account.get().getId());
        applicants.flush();
        return new SaveResult.Saved(a.getId(), a.getVersion());
    }

    /** Applications went out for {@code matchYear}: the cycle is SUBMITTED and a snapshot is frozen. */
    @PreAuthorize("hasAnyRole('ADMIN', 'ADVISOR')")
    public SnapshotView submitCycle(long id, int matchYear) {
        return freeze(id, matchYear, SnapshotKind.SUBMITTED, c -> {
            c.submit(clock.instant());
            return c;
        });
    }

    /** The season of {@code matchYear} ended with {@code outcome}: the cycle is CLOSED and a snapshot is frozen. */
    @PreAuthorize("hasAnyRole('ADMIN', 'ADVISOR')")
    public SnapshotView closeCycle(long id, int matchYear, CycleOutcome outcome, String feedback) {
        return freeze(id, matchYear, SnapshotKind.CLOSED, c -> {
            c.close(outcome, feedback, clock.instant());
            return c;
        });
    }

    private SnapshotView freeze(long id, int matchYear, SnapshotKind kind, Function<CycleEntity, CycleEntity> step) {
        MatchwiseUser user = access.caller();
        access.read(id);
        ApplicantEntity a = access.change(id);
        if (a.cycle(matchYear).isEmpty()) {
            ApplicantProfile p = a.toProfile();
            a.apply(p.toBuilder().cycle(new Cycle(matchYear, CycleOutcome.IN_PROGRESS, List.of())).build(), editor(user));
        }
        step.apply(a.cycle(matchYear).orElseThrow());
        applicants.flush();
        Assessments.Assessed assessed = assessments.reassess(a, user.id());
        ApplicantProfile profile = a.toProfile();
        CycleSnapshotEntity s = snapshots.save(new CycleSnapshotEntity(a.getId(), matchYear, kind, clock.instant(),
                user.id(), assessed.ruleSet().identity().version(), profileJson.write(profile).toString(),
                AssessmentJson.write(assessed.assessment()).toString()));
        applicants.flush();
        return snapshotView(a.getSchoolId(), s);
    }

    private SnapshotView snapshotView(long schoolId, CycleSnapshotEntity s) {
        String verdict = null;
        CycleComparison comparison = null;
        try {
            verdict = JSON.readTree(s.getAssessmentJson()).path("readiness").path("verdict").asString(null);
            if (profileJson.read(JSON.readTree(s.getProfileJson())) instanceof ProfileRead.Valid valid) {
                Optional<RuleSet> ruleSet = ruleSets.version(schoolId, valid.profile().matchYear(), s.getRuleSetVersion());
                if (ruleSet.isPresent()) {
                    comparison = CycleComparison.of(valid.profile(), ruleSet.get(),
                            LocalDate.ofInstant(s.getTakenAt(), clock.getZone())).orElse(null);
                }
            }
        } catch (RuntimeException e) {
            // an unreadable old snapshot still lists, without its comparison
        }
        return new SnapshotView(s.getId(), s.getMatchYear(), s.getKind().name(), s.getTakenAt(), s.getTakenBy(),
                s.getRuleSetVersion(), verdict, comparison);
    }

    private Optional<UserEntity> advisorOfSchool(long schoolId, String email) {
        return users.findByEmail(UserEntity.normalizeEmail(email))
                .filter(u -> u.getSchoolId().equals(schoolId) && (u.getRole() == Role.ADVISOR || u.getRole() == Role.ADMIN));
    }

    private CohortEntity cohortOf(long schoolId, int matchYear) {
        return cohorts.findBySchoolIdAndMatchYear(schoolId, matchYear).orElseGet(() -> cohorts.saveAndFlush(
                new CohortEntity(schoolId, matchYear, "Match " + matchYear, clock.instant())));
    }

    private Editor editor(MatchwiseUser user) {
        return new Editor(user.id(), user.is(Role.APPLICANT), clock.instant());
    }

    private static ApplicantRecord record(ApplicantEntity a, boolean forApplicant) {
        ApplicantProfile p = a.toProfile();
        List<String> unverified = a.unverifiedItems();
        if (forApplicant) {
            unverified = unverified.stream().filter(i -> !i.startsWith("professionalismEvents")).toList();
        }
        return new ApplicantRecord(a.getId(), a.getVersion(), forApplicant ? Privacy.redact(p) : p, unverified,
                forApplicant ? null : a.getUserId(), forApplicant);
    }

    static ApplicantSummary summary(ApplicantEntity a) {
        List<Long> advisors = new ArrayList<>(a.getAdvisorIds());
        advisors.sort(Comparator.naturalOrder());
        return new ApplicantSummary(a.getId(), a.getExternalId(), a.getGivenName() + " " + a.getFamilyName(),
                a.getEmail(), a.getMatchYear(), a.getTargetSpecialties(), advisors, a.getVersion());
    }
}
