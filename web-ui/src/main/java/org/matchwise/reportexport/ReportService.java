package org.matchwise.reportexport;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.matchwise.account.Role;
import org.matchwise.applicant.ApplicantNotFoundException;
import org.matchwise.applicant.ApplicantProjection;
import org.matchwise.applicant.ApplicantService;
import org.matchwise.applicant.ApplicantViews.ApplicantRecord;
import org.matchwise.applicant.ApplicantViews.ApplicantSummary;
import org.matchwise.applicant.ApplicantViews.ListFilter;
import org.matchwise.applicant.ApplicantViews.SnapshotView;
import org.matchwise.applicant.FlagService;
import org.matchwise.applicant.persistence.ApplicantRepository;
import org.matchwise.applicant.persistence.CycleSnapshotRepository;
import org.matchwise.assessment.Assessment;
import org.matchwise.assessment.api.AssessmentDocument;
import org.matchwise.audit.AccessAction;
import org.matchwise.audit.AccessLog;
import org.matchwise.base.api.ColumnLengths;
import org.matchwise.note.persistence.AdvisingNoteEntity;
import org.matchwise.note.persistence.AdvisingNoteRepository;
import org.matchwise.note.NoteVisibility;
import org.matchwise.plan.persistence.RemediationActionEntity;
import org.matchwise.plan.persistence.RemediationPlanRepository;
import org.matchwise.remediation.ActionStatus;
import org.matchwise.reportexport.persistence.DisclosureEntity;
import org.matchwise.reportexport.persistence.DisclosureRepository;
import org.matchwise.reports.ActionLine;
import org.matchwise.reports.CohortSummary;
import org.matchwise.reports.NoteLine;
import org.matchwise.reports.RemediationPlan;
import org.matchwise.reports.ReportRenderer;
import org.matchwise.reports.Variant;
import org.matchwise.ruleset.RuleSet;
import org.matchwise.ruleset.RuleSetStore;
import org.matchwise.security.CurrentUser;
import org.matchwise.security.MatchwiseUser;
import org.matchwise.security.persistence.UserEntity;
import org.matchwise.security.persistence.UserRepository;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The PDF reports of an applicant of the caller's school, built from stored data. Advisors and admins get the
 * office copy or the applicant copy of any applicant of their school; an applicant gets only the applicant
 * copy of their own record. Every report is written to the access log; a release outside the office is
 * stored as a disclosure.
 */
@Service
@Transactional
public class ReportService {

    private static final Locale LOCALE = Locale.ENGLISH;

    private final ApplicantService applicants;
    private final FlagService flagService;
    private final ApplicantRepository applicantRepository;
    private final CycleSnapshotRepository snapshots;
    private final AdvisingNoteRepository notes;
    private final RemediationPlanRepository plans;
    private final UserRepository users;
    private final DisclosureRepository disclosures;
    private final RuleSetStore ruleSets;
    private final AccessLog accessLog;
    private final CurrentUser currentUser;
    private final ReportRenderer renderer;
    private final Clock clock;

    ReportService(ApplicantService applicants, FlagService flagService, ApplicantRepository applicantRepository,
            CycleSnapshotRepository snapshots, AdvisingNoteRepository notes, RemediationPlanRepository plans,
            UserRepository users, DisclosureRepository disclosures, RuleSetStore ruleSets, AccessLog accessLog,
            CurrentUser currentUser, ReportRenderer renderer, Clock clock) {
        this.applicants = applicants;
        this.flagService = flagService;
        this.applicantRepository = applicantRepository;
        this.snapshots = snapshots;
        this.notes = notes;
        this.plans = plans;
        this.users = users;
        this.disclosures = disclosures;
        this.ruleSets = ruleSets;
        this.accessLog = accessLog;
        this.currentUser = currentUser;
        this.renderer = renderer;
        this.clock = clock;
    }

    /** The variant the caller gets when they do not choose: the applicant copy for an applicant, else the office's. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Variant defaultVariant() {
        return currentUser.require().is(Role.APPLICANT) ? Variant.APPLICANT : Variant.OFFICE;
    }

    /**
     * A report of an applicant of the caller's school, ready to stream, and logged as an export.
     *
     * @throws ApplicantNotFoundException when the applicant is not the caller's to see (404 in the API)
     * @throws AccessDeniedException      when an applicant asks for the office copy
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'ADVISOR', 'APPLICANT')")
    public ReportDocument report(long applicantId, ReportKind kind, Variant variant) {
        return document(new ReportMapper(new Labels(LOCALE), load(applicantId, variant)), kind, variant);
    }

    /**
     * A report released outside the office: the document, with the disclosure (recipient, purpose, who, when,
     * which report) stored in the same transaction. Only the office releases reports.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'ADVISOR')")
    public ReportDocument disclose(long applicantId, ReportKind kind, Variant variant, String recipient, String purpose) {
        DisclosureResult result = recordDisclosure(applicantId, kind, variant, recipient, purpose);
        if (result instanceof DisclosureResult.Refused refused) {
            throw new IllegalArgumentException(refused.message());
        }
        if (result instanceof DisclosureResult.TooLong tooLong) {
            throw new IllegalArgumentException(tooLong.message());
        }
        return report(applicantId, kind, variant);
    }

    /** Records that a report of an applicant of the caller's school was released outside the office. */
    @PreAuthorize("hasAnyRole('ADMIN', 'ADVISOR')")
    public DisclosureResult recordDisclosure(long applicantId, ReportKind kind, Variant variant, String recipient,
            String purpose) {
        MatchwiseUser user = currentUser.require();
        if (kind == null || variant == null || blank(recipient) || blank(purpose)) {
            return new DisclosureResult.Refused("disclosure_incomplete", new Labels(LOCALE).get("error.disclosureIncomplete"));
        }
        // the record of disclosures (34 CFR 99.32) keeps what was typed, whole: longer than its column is refused
        DisclosureResult.TooLong tooLong = tooLong("recipient", recipient.strip(), RECIPIENT);
        if (tooLong == null) {
            tooLong = tooLong("purpose", purpose.strip(), PURPOSE);
        }
        if (tooLong != null) {
            return tooLong;
        }
        checkReach(applicantId, user);
        DisclosureEntity saved = disclosures.save(new DisclosureEntity(user.schoolId(), applicantId, kind.name(),
                variant.name(), recipient.strip(), purpose.strip(), user.id(), clock.instant()));
        return new DisclosureResult.Recorded(view(saved));
    }

    /** Every disclosure of an applicant of the caller's school, oldest first; logged as a read. */
    @PreAuthorize("hasAnyRole('ADMIN', 'ADVISOR')")
    @Transactional(readOnly = true)
    public List<DisclosureView> disclosures(long applicantId) {
        MatchwiseUser user = currentUser.require();
        checkReach(applicantId, user);
        accessLog.record(applicantId, AccessAction.VIEW_DISCLOSURES);
        return disclosures.findBySchoolIdAndApplicantIdOrderByDisclosedAtAscIdAsc(user.schoolId(), applicantId).stream()
                .map(ReportService::view).toList();
    }

    /** The ids of a match year's applicants of the caller's school, by name. */
    @PreAuthorize("hasAnyRole('ADMIN', 'ADVISOR')")
    @Transactional(readOnly = true)
    public List<Long> cohort(int matchYear) {
        List<Long> ids = new ArrayList<>();
        ListFilter filter = new ListFilter(null, matchYear, null, null);
        for (int page = 0; ; page++) {
            var result = applicants.list(filter, page, 200);
            result.items().stream().map(ApplicantSummary::id).forEach(ids::add);
            if (result.items().isEmpty() || (long) (page + 1) * result.size() >= result.total()) {
                return ids;
            }
        }
    }

    /**
     * Both office reports of one applicant for a cohort export, each logged, plus the figures the cohort
     * summary adds up. Package-private: only the export job calls it, as the user who started it.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'ADVISOR')")
    public CohortItem cohortItem(long applicantId) {
        // one mapper for both documents: the applicant's exams are numbered once
        ReportMapper mapper = new ReportMapper(new Labels(LOCALE), load(applicantId, Variant.OFFICE));
        return new CohortItem(document(mapper, ReportKind.PROGRESS, Variant.OFFICE),
                document(mapper, ReportKind.READINESS, Variant.OFFICE), mapper.data());
    }

    /** One applicant's part of a cohort export. */
    public record CohortItem(ReportDocument progress, ReportDocument readiness, ReportMapper.ApplicantData data) {
    }

    /** Renders the cohort summary the tally added up. */
    void writeCohortSummary(CohortTally tally, int matchYear, OutputStream out) throws IOException {
        CohortSummary summary = tally.summary(new Labels(LOCALE).get("cohort", String.valueOf(matchYear)),
                LocalDate.now(clock), preparedBy(currentUser.require()));
        renderer.render(summary, LOCALE, out);
    }

    // ---- loading ----

    private ReportMapper.ApplicantData load(long applicantId, Variant variant) {
        MatchwiseUser user = currentUser.require();
        if (variant == null) {
            throw new IllegalArgumentException("variant is required");
        }
        if (user.is(Role.APPLICANT) && variant != Variant.APPLICANT) {
            // the tenant and ownership check first: someone else's id stays a plain "not found"
            applicants.export(applicantId);
            throw new AccessDeniedException(new Labels(LOCALE).get("error.applicantVariantOnly"));
        }
        // the applicant copy is the applicant's view (ApplicantProjection), whoever asks for it
        boolean applicantCopy = user.is(Role.APPLICANT) || variant == Variant.APPLICANT;
        ApplicantRecord record = applicantCopy ? applicants.exportForApplicant(applicantId) : applicants.export(applicantId);
        Assessment assessment = applicantCopy ? applicants.assessmentForApplicant(applicantId)
                : applicants.assessment(applicantId);
        RuleSet ruleSet = ruleSets.version(user.schoolId(), assessment.matchYear(), assessment.ruleSet().version())
                .orElseGet(() -> ruleSets.current(user.schoolId(), assessment.matchYear(), user.id()));
        Long advisorId = applicantRepository.findByIdAndSchoolId(applicantId, user.schoolId())
                .flatMap(a -> a.getAdvisorIds().stream().sorted().findFirst()).orElse(null);
        List<AdvisingNoteEntity> noteRows = notes.findByApplicantIdOrderByCreatedAtAscIdAsc(applicantId);
        // the names of just the advisor and the notes' authors: every account of the school (applicants' included,
        // hundreds in a real school) once per applicant made a cohort export quadratic
        java.util.Set<Long> named = new java.util.HashSet<>();
        if (advisorId != null) {
            named.add(advisorId);
        }
        noteRows.stream().map(AdvisingNoteEntity::getAuthorId).filter(java.util.Objects::nonNull).forEach(named::add);
        Map<Long, String> names = named.isEmpty() ? Map.of() : users.findAllById(named).stream()
                .filter(u -> u.getSchoolId().equals(user.schoolId()))
                .collect(Collectors.toMap(UserEntity::getId, UserEntity::getDisplayName));
        String advisor = advisorId == null ? null : names.get(advisorId);
        boolean office = !user.is(Role.APPLICANT) && variant == Variant.OFFICE;
        ZoneId zone = clock.getZone();
        List<NoteLine> shared = new ArrayList<>();
        List<NoteLine> privateNotes = new ArrayList<>();
        for (AdvisingNoteEntity n : noteRows) {
            NoteLine line = new NoteLine(LocalDate.ofInstant(n.getCreatedAt(), zone),
                    names.getOrDefault(n.getAuthorId(), "?"), n.getBody());
            if (ApplicantProjection.seesNote(n.getVisibility() == NoteVisibility.SHARED)) {
                shared.add(line);
            } else if (office) {
                privateNotes.add(line);
            }
        }
        Labels text = new Labels(LOCALE);
        LocalDate today = assessment.asOf();
        RemediationPlan plan = plans.findByApplicantIdAndMatchYear(applicantId, assessment.matchYear())
                .map(p -> new RemediationPlan(null, p.getActions().stream()
                        .filter(x -> x.getStatus() != ActionStatus.DROPPED)
                        .map(x -> action(x, today, text, applicantCopy)).toList()))
                .orElse(new RemediationPlan(null, List.of()));
        List<SnapshotView> frozen = snapshots.findByApplicantIdOrderByTakenAtAscIdAsc(applicantId).stream()
                .map(s -> new SnapshotView(s.getId(), s.getMatchYear(), s.getKind().name(), s.getTakenAt(),
                        s.getTakenBy(), s.getRuleSetVersion(), AssessmentDocument.verdictOf(s.getAssessmentJson()), null,
                        null))
                .sorted(Comparator.comparing(SnapshotView::takenAt)).toList();
        return new ReportMapper.ApplicantData(record, assessment, ruleSet,
                applicantCopy ? flagService.flagsForApplicant(applicantId) : flagService.flags(applicantId), shared,
                privateNotes, plan, advisor, preparedBy(user), frozen);
    }

    private ReportDocument document(ReportMapper mapper, ReportKind kind, Variant variant) {
        ReportMapper.ApplicantData data = mapper.data();
        accessLog.record(data.record().id(), AccessAction.EXPORT_REPORT);
        String name = kind.fileStem() + "-" + FileNames.slug(data.record().profile().name().family() + " "
                + data.record().profile().name().given()) + "-" + data.record().id()
                + (variant == Variant.APPLICANT ? "-applicant" : "") + ".pdf";
        return switch (kind) {
            case PROGRESS -> {
                var model = mapper.progress();
                yield new ReportDocument(name, kind, variant, out -> renderer.render(model, variant, LOCALE, out));
            }
            case READINESS -> {
                var model = mapper.readiness();
                yield new ReportDocument(name, kind, variant, out -> renderer.render(model, variant, LOCALE, out));
            }
        };
    }

    private void checkReach(long applicantId, MatchwiseUser user) {
        if (applicantRepository.findByIdAndSchoolId(applicantId, user.schoolId()).isEmpty()) {
            throw new ApplicantNotFoundException(applicantId);
        }
    }

    private static ActionLine action(RemediationActionEntity x, LocalDate today, Labels text, boolean applicantCopy) {
        return new ActionLine(x.getCategory(), x.getTitle(), text.of("owner", x.getOwner()), x.getDueDate(),
                ReportMapper.actionStatus(x.getStatus(), x.getDueDate(), today),
                applicantCopy ? ApplicantProjection.evidence(x.getEvidenceNote(), x.isEvidenceInternal()) : x.getEvidenceNote());
    }

    private String preparedBy(MatchwiseUser user) {
        return user.displayName() == null ? new Labels(LOCALE).get("office") : user.displayName();
    }

    private static DisclosureView view(DisclosureEntity e) {
        return new DisclosureView(e.getId(), e.getApplicantId(), ReportKind.valueOf(e.getReport()),
                Variant.valueOf(e.getVariant()), e.getRecipient(), e.getPurpose(), e.getDisclosedBy(), e.getDisclosedAt());
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static final int RECIPIENT = ColumnLengths.of(DisclosureEntity.class, "recipient");
    private static final int PURPOSE = ColumnLengths.of(DisclosureEntity.class, "purpose");

    private static DisclosureResult.TooLong tooLong(String field, String value, int max) {
        String reason = ColumnLengths.tooLong(value, max);
        return reason == null ? null : new DisclosureResult.TooLong(field, reason);
    }
}
