package org.matchwise.applicant;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.matchwise.account.Role;
import org.matchwise.applicant.ApplicantViews.ApplicantPage;
import org.matchwise.applicant.ApplicantViews.ApplicantRecord;
import org.matchwise.applicant.ApplicantViews.ApplicantSummary;
import org.matchwise.applicant.ApplicantViews.CaseOverview;
import org.matchwise.applicant.ApplicantViews.ChangeView;
import org.matchwise.applicant.ApplicantViews.CycleView;
import org.matchwise.applicant.ApplicantViews.HistoryView;
import org.matchwise.applicant.ApplicantViews.ListFilter;
import org.matchwise.applicant.ApplicantViews.SnapshotView;
import org.matchwise.applicant.persistence.ApplicantEntity;
import org.matchwise.applicant.persistence.ApplicantRecordReader.StoredRecord;
import org.matchwise.applicant.persistence.ApplicantHistory;
import org.matchwise.applicant.persistence.ApplicantItemEntity;
import org.matchwise.applicant.persistence.ApplicantRepository;
import org.matchwise.applicant.persistence.ApplicantSearch;
import org.matchwise.applicant.persistence.CycleEntity;
import org.matchwise.applicant.persistence.CycleSnapshotEntity;
import org.matchwise.applicant.persistence.CycleSnapshotRepository;
import org.matchwise.applicant.persistence.Editor;
import org.matchwise.applicant.persistence.SnapshotKind;
import org.matchwise.applicant.snapshot.SnapshotJson;
import org.matchwise.applicant.snapshot.SnapshotJson.SnapshotRead;
import org.matchwise.assessment.Assessment;
import org.matchwise.assessment.Assessor;
import org.matchwise.assessment.api.AssessmentDocument;
import org.matchwise.audit.AccessAction;
import org.matchwise.audit.AccessLog;
import org.matchwise.cohort.persistence.CohortEntity;
import org.matchwise.cohort.persistence.CohortRepository;
import org.matchwise.flags.FlagCategory;
import org.matchwise.flags.persistence.FlagRepository;
import org.matchwise.flags.FlagStatus;
import org.matchwise.readiness.CycleComparison;
import org.matchwise.ruleset.RuleSet;
import org.matchwise.ruleset.RuleSetStore;
import org.matchwise.security.MatchwiseUser;
import org.matchwise.security.persistence.UserEntity;
import org.matchwise.security.persistence.UserRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applicant records of the caller's school. Advisors and admins work every applicant of their school; an
 * applicant reaches only the record linked to their account, without its sensitive parts. Every change
 * recomputes the assessment and the flags; every view is written to the access log.
 */
@Service
@Transactional
public class ApplicantService {

    private static final Logger log = LoggerFactory.getLogger(ApplicantService.class);
    static final int MAX_PAGE_SIZE = 200;
    /** A save refused because it would change or remove a verified entry (or one the office entered). */
    public static final String VERIFIED_ENTRY = "verified_entry";
    /** A save refused because it would record a retake of a passed exam. */
    public static final String EXAM_ALREADY_PASSED = "exam_already_passed";
    /** Applicants a bulk create writes between two flushes (and clears) of the persistence context. */
    static final int BULK_CHUNK = 100;
    /** External ids per look-up query of a bulk create. */
    private static final int BULK_LOOKUP = 500;

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
    private final FlagService flagService;
    private final Clock clock;
    private final EntityManager entityManager;
    private final CorrectionService corrections;
    private final EntryWords words;
    private final HistoryWords historyWords;
    private final Map<RuleSetKey, RuleSet> storedVersions = new ConcurrentHashMap<>();

    ApplicantService(ApplicantAccess access, ApplicantRepository applicants, CohortRepository cohorts,
            UserRepository users, CycleSnapshotRepository snapshots, FlagRepository flags, ApplicantHistory history,
            Assessments assessments, RuleSetStore ruleSets, AccessLog accessLog,
            FlagService flagService, Clock clock, EntityManager entityManager, CorrectionService corrections,
            EntryWords words, HistoryWords historyWords) {
        this.corrections = corrections;
        this.words = words;
        this.historyWords = historyWords;
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
        this.flagService = flagService;
        this.clock = clock;
        this.entityManager = entityManager;
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
        Optional<String> retake = retakeRefusal(profile, null);
        if (retake.isPresent()) {
            return new SaveResult.Rejected(EXAM_ALREADY_PASSED, retake.get());
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
     * Stores many new applicants in the caller's school, all or nothing, with what {@link #create} stores for each
     * (the record, its advisor and cohort, its history, its flags and assessment record). Built for imports and
     * generated data: every look-up (existing external ids, advisors, cohorts, rule sets) is done once for the
     * batch before anything is written, so no query between two writes forces a flush; applicants are assessed as
     * they are written; the persistence context is flushed and cleared every {@value #BULK_CHUNK} applicants.
     * Nothing the caller holds may be an attached entity it still needs (the context is cleared).
     *
     * @return {@link BulkCreate.Created} with the ids in order, or {@link BulkCreate.Refused} with every refused
     *         applicant (missing match year, an external id the school or the batch already has, an unknown
     *         advisor) and nothing written
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'ADVISOR')")
    public BulkCreate.Result createAll(List<BulkCreate.NewApplicant> batch) {
        MatchwiseUser user = access.caller();
        long started = System.nanoTime();
        long schoolId = user.schoolId();
        Set<String> taken = new HashSet<>();
        List<String> externalIds = batch.stream().map(n -> n.profile().externalId()).toList();
        for (int from = 0; from < externalIds.size(); from += BULK_LOOKUP) {
            taken.addAll(applicants.findExternalIdsIn(schoolId,
                    externalIds.subList(from, Math.min(externalIds.size(), from + BULK_LOOKUP))));
        }
        Map<String, Optional<UserEntity>> advisors = new HashMap<>();
        Map<Integer, SaveResult.Rejected> refused = new TreeMap<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < batch.size(); i++) {
            BulkCreate.NewApplicant n = batch.get(i);
            ApplicantProfile profile = n.profile();
            String email = n.advisorEmail() == null || n.advisorEmail().isBlank() ? null : n.advisorEmail().trim();
            if (profile.matchYear() == null) {
                refused.put(i, new SaveResult.Rejected("match_year_missing", "A stored record needs its matchYear."));
            } else if (taken.contains(profile.externalId()) || !seen.add(profile.externalId())) {
                refused.put(i, new SaveResult.Rejected("duplicate_external_id",
                        "An applicant with externalId " + profile.externalId() + " already exists in your school."));
            } else if (email != null && advisors.computeIfAbsent(UserEntity.normalizeEmail(email),
                    e -> advisorOfSchool(schoolId, e)).isEmpty()) {
                refused.put(i, new SaveResult.Rejected("unknown_advisor", "No advisor " + email + " in your school."));
            } else if (n.closedCycles().stream().anyMatch(c -> profile.cycles().stream()
                    .noneMatch(pc -> pc.matchYear() == c.matchYear()))) {
                refused.put(i, new SaveResult.Rejected("unknown_cycle", "A closed cycle is not among the profile's cycles."));
            } else if (retakeRefusal(profile, null).isPresent()) {
                refused.put(i, new SaveResult.Rejected(EXAM_ALREADY_PASSED, retakeRefusal(profile, null).get()));
            }
        }
        if (!refused.isEmpty()) {
            return new BulkCreate.Refused(refused);
        }
        Map<Integer, Long> cohortIds = new HashMap<>();
        Map<Integer, RuleSet> rules = new HashMap<>();
        for (BulkCreate.NewApplicant n : batch) {
            int year = n.profile().matchYear();
            cohortIds.computeIfAbsent(year, y -> cohortOf(schoolId, y).getId());
            rules.computeIfAbsent(year, y -> ruleSets.current(schoolId, y, user.id()));
            n.closedCycles().forEach(c -> rules.computeIfAbsent(c.matchYear(), y -> ruleSets.current(schoolId, y, user.id())));
        }
        applicants.flush();
        long resolved = System.nanoTime();
        Editor editor = editor(user);
        List<Long> ids = new ArrayList<>(batch.size());
        for (int i = 0; i < batch.size(); i++) {
            BulkCreate.NewApplicant n = batch.get(i);
            ApplicantEntity entity = new ApplicantEntity(schoolId, n.profile(), editor);
            if (n.advisorEmail() != null && !n.advisorEmail().isBlank()) {
                entity.assignAdvisor(advisors.get(UserEntity.normalizeEmail(n.advisorEmail().trim())).orElseThrow().getId());
            }
            entity.joinCohort(cohortIds.get(n.profile().matchYear()));
            for (BulkCreate.ClosedCycle c : n.closedCycles()) {
                CycleEntity cycle = entity.cycle(c.matchYear()).orElseThrow();
                cycle.submit(c.submittedAt());
                cycle.close(cycle.getOutcome(), null, c.closedAt());
            }
            entityManager.persist(entity);
            assessments.assessNew(entity, rules.get(n.profile().matchYear()));
            for (BulkCreate.ClosedCycle c : n.closedCycles()) {
                freezeClosed(entity, n.profile(), c, rules.get(c.matchYear()), user.id());
            }
            ids.add(entity.getId());
            if ((i + 1) % BULK_CHUNK == 0) {
                entityManager.flush();
                entityManager.clear();
            }
        }
        entityManager.flush();
        entityManager.clear();
        if (log.isDebugEnabled()) {
            log.debug("bulk create of {} applicants: look-ups {} ms, writes {} ms", batch.size(),
                    (resolved - started) / 1_000_000, (System.nanoTime() - resolved) / 1_000_000);
        }
        return new BulkCreate.Created(ids);
    }

    /**
     * The snapshot {@link #closeCycle} would have frozen when {@code closed} ended: the record as it stood then
     * (entries dated up to the close, cycles up to that season, applying for that season) and its assessment as of
     * that day with that season's rule set.
     */
    private void freezeClosed(ApplicantEntity entity, ApplicantProfile profile, BulkCreate.ClosedCycle closed,
            RuleSet ruleSet, long actorId) {
        LocalDate day = LocalDate.ofInstant(closed.closedAt(), clock.getZone());
        ApplicantProfile then = asOf(profile, closed.matchYear(), day);
        Assessment assessment = Assessor.assess(then, ruleSet, day, List.of(),
                new EnumMap<>(FlagCategory.class), Locale.ENGLISH);
        snapshots.save(new CycleSnapshotEntity(entity.getId(), closed.matchYear(), SnapshotKind.CLOSED,
                closed.closedAt(), actorId, ruleSet.identity().version(), SnapshotJson.write(then),
                AssessmentDocument.json(assessment)));
    }

    /** {@code profile} as it stood on {@code day}, applying for {@code matchYear}. */
    static ApplicantProfile asOf(ApplicantProfile profile, int matchYear, LocalDate day) {
        Predicate<LocalDate> by = d -> d == null || !d.isAfter(day);
        return profile.toBuilder()
                .matchYear(matchYear)
                .exams(profile.exams().stream().filter(e -> by.test(e.date())).toList())
                .practiceAssessments(profile.practiceAssessments().stream().filter(p -> by.test(p.date())).toList())
                .clinicalExperiences(profile.clinicalExperiences().stream().filter(c -> by.test(c.start())).toList())
                .letters(profile.letters().stream().filter(l -> by.test(l.date())).toList())
                .timeline(profile.timeline().stream().filter(t -> by.test(t.start())).toList())
                .academicEvents(profile.academicEvents().stream().filter(a -> by.test(a.date())).toList())
                .professionalismEvents(profile.professionalismEvents().stream().filter(p -> by.test(p.date())).toList())
                .cycles(profile.cycles().stream().filter(c -> c.matchYear() <= matchYear).toList())
                .build();
    }

    /** The refusal of a change from {@code before} (null: a new record) to {@code next} that retakes a passed exam. */
    static Optional<String> retakeRefusal(ApplicantProfile next, ApplicantProfile before) {
        List<ExamRetakes.RetakeAfterPass> added = ExamRetakes.added(next, before);
        return added.isEmpty() ? Optional.empty() : Optional.of(added.getFirst().message(Locale.ENGLISH));
    }

    /**
     * An applicant's edit as stored: every entry of their timeline and letters that they sent back exactly as they
     * were shown it (redacted: without a leave's reason or a letter's rating) is the stored entry itself, wherever it
     * now stands, so removing an entry before it neither changes it nor moves a hidden value onto another entry.
     * Other entries are as {@link ApplicantProjection#mergeApplicantEdit} made them.
     */
    static ApplicantProfile keepUnchanged(ApplicantProfile stored, ApplicantProfile submitted, ApplicantProfile merged) {
        ApplicantProfile shown = ApplicantProjection.profile(stored);
        return merged.toBuilder()
                .timeline(unchanged(stored.timeline(), shown.timeline(), submitted.timeline(), merged.timeline()))
                .letters(unchanged(stored.letters(), shown.letters(), submitted.letters(), merged.letters()))
                .build();
    }

    private static <T> List<T> unchanged(List<T> stored, List<T> shown, List<T> submitted, List<T> merged) {
        List<T> out = new ArrayList<>(merged);
        boolean[] used = new boolean[stored.size()];
        for (int j = 0; j < submitted.size() && j < out.size(); j++) {
            int match = -1;
            for (int i = 0; i < shown.size(); i++) {
                if (!used[i] && shown.get(i).equals(submitted.get(j))
                        && (match < 0 || Math.abs(i - j) < Math.abs(match - j))) {
                    match = i;
                }
            }
            if (match >= 0) {
                used[match] = true;
                out.set(j, stored.get(match));
            }
        }
        return out;
    }

    /**
     * Replaces the record with {@code profile} if it is still at {@code expectedVersion}; otherwise changes
     * nothing and answers {@link SaveResult.VersionConflict}. An applicant changes only their progress sections,
     * and there only their own unverified entries: a save that would change or remove a verified entry (or one the
     * office entered) is refused whole ({@code verified_entry}, naming the entry; nothing is saved), and each
     * unverified entry it removes becomes a removal notice in the advisors' verification queue. A save that adds a
     * retake of a passed exam is refused for everyone ({@code exam_already_passed}).
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
        List<ApplicantEntity.EntryChange> removedByApplicant = List.of();
        if (user.is(Role.APPLICANT)) {
            next = keepUnchanged(stored, profile, ApplicantProjection.mergeApplicantEdit(stored, profile));
            List<ApplicantEntity.EntryChange> changes = entity.changesBy(next);
            List<ApplicantEntity.EntryChange> protectedOnes = changes.stream().filter(ApplicantEntity.EntryChange::verified)
                    .toList();
            if (!protectedOnes.isEmpty()) {
                ApplicantEntity.EntryChange first = protectedOnes.getFirst();
                String what = words.entry(stored, first.section(), first.position(), Locale.ENGLISH);
                return new SaveResult.Rejected(VERIFIED_ENTRY, protectedOnes.size() == 1
                        ? words.t(Locale.ENGLISH, "records.refused.verified", what)
                        : words.t(Locale.ENGLISH, "records.refused.verifiedMore", what, String.valueOf(protectedOnes.size() - 1)));
            }
            removedByApplicant = changes.stream().filter(ApplicantEntity.EntryChange::removal).toList();
        } else {
            if (!profile.externalId().equals(stored.externalId())
                    && applicants.existsBySchoolIdAndExternalId(user.schoolId(), profile.externalId())) {
                return new SaveResult.Rejected("duplicate_external_id",
                        "An applicant with externalId " + profile.externalId() + " already exists in your school.");
            }
            next = profile.matchYear() == null ? profile.toBuilder().matchYear(stored.matchYear()).build() : profile;
        }
        Optional<String> retake = retakeRefusal(next, stored);
        if (retake.isPresent()) {
            return new SaveResult.Rejected(EXAM_ALREADY_PASSED, retake.get());
        }
        entity.apply(next, editor(user));
        corrections.noticeRemovals(entity, removedByApplicant, user.id());
        entity.joinCohort(cohortOf(user.schoolId(), entity.getMatchYear()).getId());
        applicants.flush();
        assessments.reassess(entity, user.id());
        applicants.flush();
        return new SaveResult.Saved(entity.getId(), entity.getVersion());
    }

    /** Which of {@code externalIds} the caller's school already uses (a generator or import skips those). */
    @PreAuthorize("hasAnyRole('ADMIN', 'ADVISOR')")
    @Transactional(readOnly = true)
    public Set<String> existingExternalIds(Collection<String> externalIds) {
        MatchwiseUser user = access.caller();
        List<String> ids = List.copyOf(externalIds);
        Set<String> found = new HashSet<>();
        for (int from = 0; from < ids.size(); from += BULK_LOOKUP) {
            found.addAll(applicants.findExternalIdsIn(user.schoolId(), ids.subList(from, Math.min(ids.size(), from + BULK_LOOKUP))));
        }
        return found;
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

    /**
     * Fails with {@link ApplicantNotFoundException} unless the caller may reach this record (their school's; for an
     * applicant, their own). Reads nothing else and logs nothing: for a refusal that must come before any other
     * answer about the request (a PUT without If-Match on another school's id is 404, not 428).
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'ADVISOR', 'APPLICANT')")
    @Transactional(readOnly = true)
    public void requireReachable(long id) {
        access.read(id);
    }

    /**
     * The record; redacted for an applicant. Logged as a view. Read with one statement and no entity, which on
     * PostgreSQL writes the log row too ({@link ApplicantAccess#readRecordLogged}): the REST API's most frequent read
     * (README "API tokens"). No transaction of its own: the read is one statement (one snapshot) and its log row is
     * committed before the answer is built, so a transaction around them would add a BEGIN and a COMMIT and nothing
     * else; called inside a caller's transaction, both run in it.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'ADVISOR', 'APPLICANT')")
    @Transactional(propagation = Propagation.SUPPORTS)
    public ApplicantRecord get(long id) {
        StoredRecord stored = access.readRecordLogged(id, AccessAction.VIEW_PROFILE);
        return record(stored.id(), stored.version(), stored.profile(), stored.unverified(), stored.userId(),
                access.caller().is(Role.APPLICANT));
    }

    /**
     * The record as its applicant sees it (ApplicantProjection), whoever asks: the applicant copy of a report an
     * advisor or admin downloads is the applicant's view. Logged as an export.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'ADVISOR', 'APPLICANT')")
    public ApplicantRecord exportForApplicant(long id) {
        ApplicantEntity a = access.read(id);
        accessLog.record(id, AccessAction.EXPORT_PROFILE);
        return record(a, true);
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
        return user.is(Role.APPLICANT) ? project(id, assessment) : assessment;
    }

    /**
     * The assessment as its applicant sees it (ApplicantProjection), whoever asks: for the applicant copy of a
     * report. Logged as a view of the assessment.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'ADVISOR', 'APPLICANT')")
    public Assessment assessmentForApplicant(long id) {
        MatchwiseUser user = access.caller();
        ApplicantEntity a = access.read(id);
        accessLog.record(id, AccessAction.VIEW_ASSESSMENT);
        return project(id, assessments.reassess(a, user.id()).assessment());
    }

    private Assessment project(long id, Assessment assessment) {
        return ApplicantProjection.assessment(assessment, flagService.sharedManualMessages(id), Locale.ENGLISH);
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
                c.getStatus(), c.getSubmittedAt(), c.getClosedAt())).toList();
        return new CaseOverview(summary(a), assessed.assessment().readiness().verdict(),
                assessed.ruleSet().identity().version(), flagService.activeFlags(a.getId(), applicant),
                applicant ? ApplicantProjection.references(a.unverifiedItems()) : a.unverifiedItems(), cycles,
                assessed.assessment().readiness().cycleComparison());
    }

    /** Field-level changes (who, when, what), cycle snapshots and what changed since the last unmatched cycle. */
    @PreAuthorize("hasAnyRole('ADMIN', 'ADVISOR')")
    public HistoryView history(long id) {
        MatchwiseUser user = access.caller();
        ApplicantEntity a = access.read(id);
        accessLog.record(id, AccessAction.VIEW_HISTORY);
        Map<Long, String> names = users.findBySchoolIdOrderByDisplayName(user.schoolId()).stream()
                .collect(Collectors.toMap(UserEntity::getId, UserEntity::getDisplayName));
        ApplicantProfile current = a.toProfile();
        List<ChangeView> changes = history.changesOf(id, java.util.Set.of()).stream()
                .map(c -> new ChangeView(c.revision(), c.at(), c.userId(), c.userId() == null ? null : names.get(c.userId()),
                        c.item(), c.kind(), c.changes(), historyWords.entry(c, current, java.util.Locale.ENGLISH),
                        historyWords.fields(c, java.util.Locale.ENGLISH)))
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
                user.id(), assessed.ruleSet().identity().version(), SnapshotJson.write(profile),
                AssessmentDocument.json(assessed.assessment())));
        applicants.flush();
        return snapshotView(a.getSchoolId(), s);
    }

    private SnapshotView snapshotView(long schoolId, CycleSnapshotEntity s) {
        String verdict = AssessmentDocument.verdictOf(s.getAssessmentJson());
        CycleComparison comparison = null;
        String unreadable = null;
        switch (SnapshotJson.read(s.getProfileJson())) {
            case SnapshotRead.Read read -> {
                Optional<RuleSet> ruleSet = storedVersion(schoolId, read.profile().matchYear(), s.getRuleSetVersion());
                if (ruleSet.isPresent()) {
                    comparison = CycleComparison.of(read.profile(), ruleSet.get(),
                            LocalDate.ofInstant(s.getTakenAt(), clock.getZone())).orElse(null);
                }
            }
            case SnapshotRead.Unreadable u -> {
                // still listed, without its comparison, and saying why
                unreadable = "The snapshot's profile cannot be read (" + u.reason() + ").";
                log.warn("cycle snapshot {} of applicant {} cannot be read: {}", s.getId(), s.getApplicantId(),
                        u.reason());
            }
        }
        return new SnapshotView(s.getId(), s.getMatchYear(), s.getKind().name(), s.getTakenAt(), s.getTakenBy(),
                s.getRuleSetVersion(), verdict, comparison, unreadable);
    }

    /**
     * A stored rule-set version, parsed once: a version is never changed after it is stored (an edit stores the
     * next version), and a history shows one snapshot per season, each naming a version to re-read.
     */
    private Optional<RuleSet> storedVersion(long schoolId, int matchYear, int version) {
        RuleSetKey key = new RuleSetKey(schoolId, matchYear, version);
        RuleSet cached = storedVersions.get(key);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<RuleSet> stored = ruleSets.version(schoolId, matchYear, version);
        if (stored.isPresent() && storedVersions.size() < 10_000) {
            storedVersions.put(key, stored.get());
        }
        return stored;
    }

    private record RuleSetKey(long schoolId, int matchYear, int version) {
    }

    private Optional<UserEntity> advisorOfSchool(long schoolId, String email) {
        return users.findByEmail(UserEntity.normalizeEmail(email))
                .filter(u -> u.getSchoolId().equals(schoolId) && (u.getRole() == Role.ADVISOR || u.getRole() == Role.ADMIN));
    }

    /**
     * The school's cohort of a match year, created on first use. Find-then-create raced (two creators in a new
     * year: one failed on the unique key); an insert that ignores the conflict, then a read, never fails.
     */
    private CohortEntity cohortOf(long schoolId, int matchYear) {
        return cohorts.findBySchoolIdAndMatchYear(schoolId, matchYear).orElseGet(() -> {
            cohorts.insertIfAbsent(schoolId, matchYear, "Match " + matchYear, clock.instant());
            return cohorts.findBySchoolIdAndMatchYear(schoolId, matchYear).orElseThrow();
        });
    }

    private Editor editor(MatchwiseUser user) {
        return new Editor(user.id(), user.is(Role.APPLICANT), clock.instant());
    }

    private static ApplicantRecord record(ApplicantEntity a, boolean forApplicant) {
        return record(a.getId(), a.getVersion(), a.toProfile(), a.unverifiedItems(), a.getUserId(), forApplicant);
    }

    private static ApplicantRecord record(long id, long version, ApplicantProfile p, List<String> unverified,
            Long userId, boolean forApplicant) {
        if (forApplicant) {
            unverified = ApplicantProjection.references(unverified);
        }
        return new ApplicantRecord(id, version, forApplicant ? ApplicantProjection.profile(p) : p, unverified,
                forApplicant ? null : userId, forApplicant);
    }

    static ApplicantSummary summary(ApplicantEntity a) {
        List<Long> advisors = new ArrayList<>(a.getAdvisorIds());
        advisors.sort(Comparator.naturalOrder());
        return new ApplicantSummary(a.getId(), a.getExternalId(), a.getGivenName() + " " + a.getFamilyName(),
                a.getEmail(), a.getMatchYear(), a.getTargetSpecialties(), advisors, a.getVersion());
    }
}
