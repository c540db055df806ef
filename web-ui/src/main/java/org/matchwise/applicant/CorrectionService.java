package org.matchwise.applicant;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.matchwise.account.Role;
import org.matchwise.applicant.CorrectionViews.CorrectionPage;
import org.matchwise.applicant.CorrectionViews.CorrectionResult;
import org.matchwise.applicant.CorrectionViews.CorrectionView;
import org.matchwise.applicant.persistence.ApplicantEntity;
import org.matchwise.applicant.persistence.ApplicantRepository;
import org.matchwise.applicant.persistence.Editor;
import org.matchwise.applicant.persistence.EntryRequestEntity;
import org.matchwise.applicant.persistence.EntryRequestRepository;
import org.matchwise.audit.AccessAction;
import org.matchwise.audit.AccessLog;
import org.matchwise.security.MatchwiseUser;
import org.matchwise.security.persistence.UserEntity;
import org.matchwise.security.persistence.UserRepository;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records applicants cannot erase (domain.md "Records and privacy"). An applicant edits and removes only their own
 * unverified entries (enforced by {@link ApplicantService#replace}); for a verified entry, or one the office entered,
 * they <em>request a correction</em> here (change or removal, with a reason). An advisor or admin of the school accepts
 * it (the change is applied as theirs: in the history, and the entry counts as verified) or declines it (with an
 * optional note the applicant sees). A removal of an applicant's own unverified entry is a notice an advisor
 * acknowledges. Requests and notices are items of the advisors' verification queue until answered.
 */
@Service
@Transactional
public class CorrectionService {

    /** The longest reason and decline note (the columns' length). */
    public static final int MAX_TEXT = 2000;
    /** Lists an applicant may request corrections of: every list they can see (professionalism events they cannot). */
    static final Set<String> REQUESTABLE = Set.of("exams", "practiceAssessments", "clinicalExperiences", "letters",
            "timeline", "academicEvents", "cycles");
    /** Lists an applicant changes themself (Privacy.mergeApplicantEdit); the rest are the office's. */
    static final Set<String> APPLICANT_LISTS = Set.of("exams", "practiceAssessments", "clinicalExperiences", "letters",
            "timeline", "cycles");
    private static final Pattern ITEM = Pattern.compile("([A-Za-z]+)\\[(\\d{1,6})]");
    private static final Locale LOCALE = Locale.ENGLISH;
    static final int MAX_PAGE_SIZE = 200;

    private final ApplicantAccess access;
    private final ApplicantRepository applicants;
    private final EntryRequestRepository requests;
    private final Assessments assessments;
    private final UserRepository users;
    private final EntryWords words;
    private final AccessLog accessLog;
    private final Clock clock;

    CorrectionService(ApplicantAccess access, ApplicantRepository applicants, EntryRequestRepository requests,
            Assessments assessments, UserRepository users, EntryWords words, AccessLog accessLog, Clock clock) {
        this.access = access;
        this.applicants = applicants;
        this.requests = requests;
        this.assessments = assessments;
        this.users = users;
        this.words = words;
        this.accessLog = accessLog;
        this.clock = clock;
    }

    /**
     * Whether the applicant may change or remove {@code reference} (e.g. {@code exams[2]}) of their own record
     * themself, as the portal shows it: an entry of a list they keep that no advisor has verified yet. Every other
     * entry they see gets "request a correction" ({@link #requestCorrection}) instead.
     */
    public static boolean applicantMayChange(ApplicantViews.ApplicantRecord record, String reference) {
        Matcher m = ITEM.matcher(reference == null ? "" : reference);
        return m.matches() && APPLICANT_LISTS.contains(m.group(1)) && record.unverified().contains(reference);
    }

    /**
     * The signed-in applicant asks for a correction of an entry of their own record that they may not change
     * themself (a verified entry, or one the office entered).
     *
     * @param applicantId the applicant's own record (anyone else's is "not found": {@link ApplicantNotFoundException})
     * @param item        the entry as the record names it now, e.g. {@code exams[0]}
     * @param kind        {@link EntryRequestKind#CHANGE} or {@link EntryRequestKind#REMOVE}
     * @param reason      why the entry is wrong (required, at most {@value #MAX_TEXT} characters); the advisor reads it
     * @param proposed    CHANGE: the entry as it should be, a core record of the list's type ({@link ExamAttempt} for
     *                    {@code exams}, {@link Letter} for {@code letters}, ...); what the applicant cannot see (a
     *                    letter's rating, a leave's reason) is kept from the entry. REMOVE: null
     * @return {@link CorrectionResult.Done} with the open request, or {@link CorrectionResult.Refused} with a code:
     *         {@code invalid_item}, {@code unknown_item}, {@code entry_editable} (the
     *         applicant may change it themself), {@code invalid_kind}, {@code reason_missing}, {@code reason_too_long},
     *         {@code proposed_missing}, {@code proposed_type}, {@code invalid_linked_experience}, {@code proposed_for_removal}, {@code proposed_unchanged},
     *         {@code exam_already_passed}, {@code request_open} (one is open for this entry already)
     */
    @PreAuthorize("hasRole('APPLICANT')")
    public CorrectionResult requestCorrection(long applicantId, String item, EntryRequestKind kind, String reason,
            Object proposed) {
        MatchwiseUser user = access.caller();
        ApplicantEntity a = access.read(applicantId);
        Matcher m = ITEM.matcher(item == null ? "" : item);
        if (!m.matches()) {
            return refused("invalid_item", "records.refused.invalidItem");
        }
        String section = m.group(1);
        int index = Integer.parseInt(m.group(2));
        if (!REQUESTABLE.contains(section)) {
            // professionalism events are not shown to an applicant: asking about one finds nothing, as for a typo
            return refused("unknown_item", "records.refused.unknownItem", item);
        }
        ApplicantProfile profile = a.toProfile();
        List<?> list = EntryJson.list(profile, section);
        if (index >= list.size()) {
            return refused("unknown_item", "records.refused.unknownItem", item);
        }
        Object current = list.get(index);
        String currentWords = words.entry(profile, section, index, LOCALE);
        if (APPLICANT_LISTS.contains(section) && a.unverifiedItems().contains(item)) {
            return refused("entry_editable", "records.refused.editable", currentWords);
        }
        if (kind == null || !kind.isCorrection()) {
            return refused("invalid_kind", "records.refused.kind");
        }
        if (reason == null || reason.isBlank()) {
            return refused("reason_missing", "records.refused.reasonMissing");
        }
        if (reason.strip().length() > MAX_TEXT) {
            return refused("reason_too_long", "records.refused.reasonTooLong", String.valueOf(MAX_TEXT));
        }
        String proposedJson = null;
        if (kind == EntryRequestKind.REMOVE && proposed != null) {
            return refused("proposed_for_removal", "records.refused.proposedForRemoval");
        }
        if (kind == EntryRequestKind.CHANGE) {
            if (proposed == null) {
                return refused("proposed_missing", "records.refused.proposedMissing");
            }
            if (!EntryJson.SECTIONS.get(section).isInstance(proposed)) {
                return refused("proposed_type", "records.refused.proposedType", currentWords);
            }
            if (proposed instanceof Letter l && l.linkedExperience() != null
                    && l.linkedExperience() >= profile.clinicalExperiences().size()) {
                return refused("invalid_linked_experience", "records.refused.linkedExperience",
                        String.valueOf(l.linkedExperience()));
            }
            Object corrected = keepHidden(current, proposed);
            if (corrected.equals(current)) {
                return refused("proposed_unchanged", "records.refused.proposedUnchanged", currentWords);
            }
            List<Object> changed = new ArrayList<>(list);
            changed.set(index, corrected);
            Optional<String> retake = ApplicantService.retakeRefusal(EntryJson.with(profile, section, changed), profile);
            if (retake.isPresent()) {
                return new CorrectionResult.Refused("exam_already_passed", retake.get());
            }
            proposedJson = EntryJson.write(corrected);
        }
        String entryJson = EntryJson.write(current);
        boolean open = requests.findByApplicantIdAndSectionAndStatus(applicantId, section, EntryRequestStatus.OPEN).stream()
                .anyMatch(r -> r.getKind().isCorrection() && r.getEntryJson().equals(entryJson));
        if (open) {
            return refused("request_open", "records.refused.alreadyOpen", currentWords);
        }
        EntryRequestEntity saved = requests.saveAndFlush(new EntryRequestEntity(a.getSchoolId(), applicantId, kind,
                section, index, entryJson, proposedJson, reason.strip(), user.id(), clock.instant()));
        return new CorrectionResult.Done(view(saved, name(a), profile, true, Map.of()));
    }

    /** The signed-in applicant takes back an open correction request of their own record {@code applicantId}. */
    @PreAuthorize("hasRole('APPLICANT')")
    public CorrectionResult withdraw(long applicantId, long requestId) {
        MatchwiseUser user = access.caller();
        Optional<EntryRequestEntity> found = requests.findByIdAndSchoolId(requestId, user.schoolId())
                .filter(r -> r.getKind().isCorrection() && r.getApplicantId() == applicantId)
                .filter(r -> applicants.findByIdAndSchoolId(r.getApplicantId(), user.schoolId())
                        .filter(a -> ApplicantAccess.mayReach(user, a)).isPresent());
        if (found.isEmpty()) {
            return refused("unknown_request", "records.refused.unknownRequest", String.valueOf(requestId));
        }
        EntryRequestEntity r = found.get();
        if (r.getStatus() != EntryRequestStatus.OPEN) {
            return refused("request_closed", "records.refused.closed");
        }
        r.close(EntryRequestStatus.WITHDRAWN, user.id(), clock.instant(), null);
        requests.flush();
        ApplicantEntity a = access.read(r.getApplicantId());
        return new CorrectionResult.Done(view(r, name(a), a.toProfile(), true, Map.of()));
    }

    /**
     * An applicant's correction requests and removal notices, newest first: for advisors and admins of the school,
     * and for the applicant (their own record only; without who answered). Written to the access log.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'ADVISOR', 'APPLICANT')")
    public List<CorrectionView> requests(long applicantId) {
        MatchwiseUser user = access.caller();
        ApplicantEntity a = access.read(applicantId);
        accessLog.record(applicantId, AccessAction.VIEW_REQUESTS);
        boolean forApplicant = user.is(Role.APPLICANT);
        ApplicantProfile profile = a.toProfile();
        Map<Long, String> names = forApplicant ? Map.of() : userNames(user.schoolId());
        return requests.findBySchoolIdAndApplicantIdOrderByRequestedAtDescIdDesc(user.schoolId(), applicantId).stream()
                .map(r -> view(r, name(a), profile, forApplicant, names)).toList();
    }

    /** The signed-in applicant's own requests and removal notices, newest first; empty without a linked record. */
    @PreAuthorize("hasRole('APPLICANT')")
    public List<CorrectionView> myRequests() {
        MatchwiseUser user = access.caller();
        return applicants.findByUserId(user.id()).filter(a -> a.getSchoolId().equals(user.schoolId()))
                .map(a -> requests(a.getId())).orElse(List.of());
    }

    /** The open requests and notices of the caller's school, newest first (the school-wide queue of the REST API). */
    @PreAuthorize("hasAnyRole('ADMIN', 'ADVISOR')")
    @Transactional(readOnly = true)
    public CorrectionPage open(int page, int size) {
        MatchwiseUser user = access.caller();
        int pageSize = Math.clamp(size, 1, MAX_PAGE_SIZE);
        var found = requests.findBySchoolIdAndStatusOrderByRequestedAtDescIdDesc(user.schoolId(), EntryRequestStatus.OPEN,
                PageRequest.of(Math.max(0, page), pageSize));
        return new CorrectionPage(views(found.getContent(), user), found.getNumber(), pageSize, found.getTotalElements());
    }

    /** These requests of the caller's school (others are left out), in the given order: the verification queue's. */
    @PreAuthorize("hasAnyRole('ADMIN', 'ADVISOR')")
    @Transactional(readOnly = true)
    public List<CorrectionView> byIds(List<Long> requestIds) {
        MatchwiseUser user = access.caller();
        Map<Long, EntryRequestEntity> found = new HashMap<>();
        requests.findAllById(requestIds).stream().filter(r -> r.getSchoolId().equals(user.schoolId()))
                .forEach(r -> found.put(r.getId(), r));
        return views(requestIds.stream().map(found::get).filter(r -> r != null).toList(), user);
    }

    /** One request of the caller's school, if there is one. */
    @PreAuthorize("hasAnyRole('ADMIN', 'ADVISOR')")
    @Transactional(readOnly = true)
    public Optional<CorrectionView> request(long requestId) {
        MatchwiseUser user = access.caller();
        return requests.findByIdAndSchoolId(requestId, user.schoolId()).map(r -> views(List.of(r), user).getFirst());
    }

    /**
     * An advisor or admin accepts a correction request: the entry, found again by its value (it may have moved), is
     * changed or removed as asked, as the caller's change (so the history names them and the entry counts as verified
     * by them), and the record is assessed again. Refused when the entry is no longer as the applicant saw it
     * ({@code entry_changed}), when the change would retake a passed exam ({@code exam_already_passed}), or when the
     * request is unknown, answered already, or a notice.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'ADVISOR')")
    public CorrectionResult accept(long requestId) {
        MatchwiseUser user = access.caller();
        Optional<EntryRequestEntity> found = requests.findByIdAndSchoolId(requestId, user.schoolId());
        if (found.isEmpty()) {
            return refused("unknown_request", "records.refused.unknownRequest", String.valueOf(requestId));
        }
        EntryRequestEntity r = found.get();
        CorrectionResult.Refused unfit = unanswerable(r, true);
        if (unfit != null) {
            return unfit;
        }
        ApplicantEntity a = access.change(r.getApplicantId());
        ApplicantProfile profile = a.toProfile();
        List<?> list = EntryJson.list(profile, r.getSection());
        Object entry = EntryJson.read(r.getSection(), r.getEntryJson());
        int index = locate(list, entry, r.getPosition());
        if (index < 0) {
            return refused("entry_changed", "records.refused.entryChanged", words.entry(entry, null, LOCALE));
        }
        List<Object> changed = new ArrayList<>(list);
        if (r.getKind() == EntryRequestKind.REMOVE) {
            changed.remove(index);
        } else {
            changed.set(index, EntryJson.read(r.getSection(), r.getProposedJson()));
        }
        ApplicantProfile next = EntryJson.with(profile, r.getSection(), changed);
        Optional<String> retake = ApplicantService.retakeRefusal(next, profile);
        if (retake.isPresent()) {
            return new CorrectionResult.Refused("exam_already_passed", retake.get());
        }
        Instant now = clock.instant();
        a.apply(next, new Editor(user.id(), false, now));
        applicants.flush();
        assessments.reassess(a, user.id());
        r.close(EntryRequestStatus.ACCEPTED, user.id(), now, null);
        requests.flush();
        return new CorrectionResult.Done(view(r, name(a), profile, false, userNames(user.schoolId())));
    }

    /** An advisor or admin declines a correction request, with an optional note the applicant sees; the entry stays. */
    @PreAuthorize("hasAnyRole('ADMIN', 'ADVISOR')")
    public CorrectionResult decline(long requestId, String note) {
        return answer(requestId, EntryRequestStatus.DECLINED, note);
    }

    /** An advisor or admin acknowledges an applicant's removal of an unverified entry of their own. */
    @PreAuthorize("hasAnyRole('ADMIN', 'ADVISOR')")
    public CorrectionResult acknowledge(long requestId) {
        return answer(requestId, EntryRequestStatus.ACKNOWLEDGED, null);
    }

    private CorrectionResult answer(long requestId, EntryRequestStatus outcome, String note) {
        MatchwiseUser user = access.caller();
        Optional<EntryRequestEntity> found = requests.findByIdAndSchoolId(requestId, user.schoolId());
        if (found.isEmpty()) {
            return refused("unknown_request", "records.refused.unknownRequest", String.valueOf(requestId));
        }
        EntryRequestEntity r = found.get();
        CorrectionResult.Refused unfit = unanswerable(r, outcome == EntryRequestStatus.DECLINED);
        if (unfit != null) {
            return unfit;
        }
        String text = note == null || note.isBlank() ? null : note.strip();
        if (text != null && text.length() > MAX_TEXT) {
            return refused("note_too_long", "records.refused.noteTooLong", String.valueOf(MAX_TEXT));
        }
        ApplicantEntity a = access.read(r.getApplicantId());
        r.close(outcome, user.id(), clock.instant(), text);
        requests.flush();
        return new CorrectionResult.Done(view(r, name(a), a.toProfile(), false, userNames(user.schoolId())));
    }

    /** Why an advisor cannot answer {@code r} this way (null when they can). */
    private CorrectionResult.Refused unanswerable(EntryRequestEntity r, boolean correction) {
        if (r.getStatus() != EntryRequestStatus.OPEN) {
            return refused("request_closed", "records.refused.closed");
        }
        if (correction && !r.getKind().isCorrection()) {
            return refused("not_a_correction", "records.refused.notCorrection");
        }
        if (!correction && r.getKind().isCorrection()) {
            return refused("not_a_notice", "records.refused.notNotice");
        }
        return null;
    }

    /**
     * Called by {@link ApplicantService#replace} in the applicant's save: a notice for each unverified entry of their
     * own that the save removes, so the advisors' verification queue shows every removal.
     */
    void noticeRemovals(ApplicantEntity a, List<ApplicantEntity.EntryChange> removed, long applicantUserId) {
        Instant now = clock.instant();
        for (ApplicantEntity.EntryChange c : removed) {
            requests.save(new EntryRequestEntity(a.getSchoolId(), a.getId(), EntryRequestKind.REMOVED, c.section(),
                    c.position(), EntryJson.write(c.before()), null, null, applicantUserId, now));
        }
    }

    /**
     * What an applicant cannot see of an entry stays as it is in their correction: a letter's rating (always), a
     * leave's reason (unless they give one).
     */
    static Object keepHidden(Object current, Object proposed) {
        if (current instanceof Letter was && proposed instanceof Letter l) {
            return new Letter(l.writer(), l.specialty(), l.us(), l.academic(), l.status(), was.strength(), l.date(),
                    l.waived(), l.dueDate(), l.linkedExperience());
        }
        if (current instanceof TimelineEntry was && proposed instanceof TimelineEntry t && t.isLeave() && t.reason() == null
                && was.isLeave()) {
            return new TimelineEntry(t.kind(), t.title(), was.reason(), t.start(), t.end(), t.fullTime());
        }
        return proposed;
    }

    /** The index of the entry equal to {@code value} nearest to {@code near}, or -1. */
    static int locate(List<?> list, Object value, int near) {
        int best = -1;
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).equals(value) && (best < 0 || Math.abs(i - near) < Math.abs(best - near))) {
                best = i;
            }
        }
        return best;
    }

    private List<CorrectionView> views(List<EntryRequestEntity> found, MatchwiseUser user) {
        if (found.isEmpty()) {
            return List.of();
        }
        Map<Long, String> names = userNames(user.schoolId());
        Map<Long, String> applicantNames = new HashMap<>();
        applicants.findAllById(found.stream().map(EntryRequestEntity::getApplicantId).distinct().toList()).stream()
                .filter(a -> a.getSchoolId().equals(user.schoolId()))
                .forEach(a -> applicantNames.put(a.getId(), name(a)));
        return found.stream().map(r -> view(r, applicantNames.getOrDefault(r.getApplicantId(), ""), null, false, names))
                .toList();
    }

    /**
     * One request in words. With {@code profile} at hand an exam attempt is named with its attempt number (as derived
     * from the record now, the entry counted in even if it was removed since).
     */
    private CorrectionView view(EntryRequestEntity r, String applicantName, ApplicantProfile profile,
            boolean forApplicant, Map<Long, String> userNames) {
        Object entry = EntryJson.read(r.getSection(), r.getEntryJson());
        String entryWords = words.entry(entry, attempt(profile, entry), LOCALE);
        String proposedWords = null;
        if (r.getProposedJson() != null) {
            Object proposed = EntryJson.read(r.getSection(), r.getProposedJson());
            proposedWords = words.entry(proposed, attempt(profile, proposed), LOCALE);
        }
        String sentence = proposedWords == null
                ? words.t(LOCALE, "records.queue." + r.getKind().name(), applicantName, entryWords)
                : words.t(LOCALE, "records.queue." + r.getKind().name(), applicantName, entryWords, proposedWords);
        String decidedBy = forApplicant || r.getDecidedBy() == null || r.getStatus() == EntryRequestStatus.WITHDRAWN
                ? null : userNames.get(r.getDecidedBy());
        return new CorrectionView(r.getId(), r.getApplicantId(), applicantName, r.getKind(),
                r.getSection() + "[" + r.getPosition() + "]", entryWords, proposedWords, r.getReason(), r.getStatus(),
                r.getRequestedAt(), r.getDecidedAt(), decidedBy, r.getDecisionNote(), sentence, r.getVersion());
    }

    /** The attempt number of {@code entry} among the profile's attempts at its exam (null when not an attempt). */
    private static Integer attempt(ApplicantProfile profile, Object entry) {
        if (profile == null || !(entry instanceof ExamAttempt a) || !a.isAttempt()) {
            return null;
        }
        int at = profile.exams().indexOf(a);
        if (at >= 0) {
            return profile.attemptNumber(at);
        }
        int n = 1;
        for (ExamAttempt o : profile.exams()) {
            if (o.isAttempt() && o.exam() == a.exam() && o.date().isBefore(a.date())) {
                n++;
            }
        }
        return n;
    }

    private Map<Long, String> userNames(long schoolId) {
        Map<Long, String> names = new HashMap<>();
        for (UserEntity u : users.findBySchoolIdOrderByDisplayName(schoolId)) {
            names.put(u.getId(), u.getDisplayName());
        }
        return names;
    }

    private static String name(ApplicantEntity a) {
        return a.getGivenName() + " " + a.getFamilyName();
    }

    private CorrectionResult.Refused refused(String code, String key, Object... args) {
        return new CorrectionResult.Refused(code, words.t(LOCALE, key, args));
    }
}
