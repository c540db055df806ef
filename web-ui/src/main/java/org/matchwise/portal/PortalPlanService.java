package org.matchwise.portal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.matchwise.applicant.ApplicantService;
import org.matchwise.applicant.persistence.ApplicantEntity;
import org.matchwise.applicant.persistence.ApplicantRepository;
import org.matchwise.plan.persistence.RemediationActionEntity;
import org.matchwise.plan.persistence.RemediationPlanEntity;
import org.matchwise.plan.persistence.RemediationPlanRepository;
import org.matchwise.portal.PortalViews.ActionResult;
import org.matchwise.remediation.ActionStatus;
import org.matchwise.portal.PortalViews.ActionView;
import org.matchwise.portal.PortalViews.EvidenceDownload;
import org.matchwise.portal.PortalViews.EvidenceView;
import org.matchwise.portal.PortalViews.UploadResult;
import org.matchwise.portal.persistence.EvidenceFileEntity;
import org.matchwise.portal.persistence.EvidenceFileRepository;
import org.matchwise.remediation.Owner;
import org.matchwise.audit.AccessAction;
import org.matchwise.audit.AccessLog;
import org.matchwise.security.CurrentUser;
import org.matchwise.security.MatchwiseUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in applicant's remediation plan: their actions with due dates, marked done with evidence (a
 * note or a file). Files are PDF or images checked by content and size, kept in the database under a random
 * id, and handed out only to the applicant they belong to, the advisors assigned to them and their school's
 * admins.
 */
@Service
@Transactional
public class PortalPlanService {

    static final int MAX_NOTE_LENGTH = 4000;
    static final int MAX_NAME_LENGTH = 200;

    private final ApplicantService applicants;
    private final ApplicantRepository records;
    private final RemediationPlanRepository plans;
    private final EvidenceFileRepository files;
    private final EvidenceTypes types;
    private final PortalSettings settings;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final AccessLog accessLog;

    PortalPlanService(ApplicantService applicants, ApplicantRepository records, RemediationPlanRepository plans,
            EvidenceFileRepository files, EvidenceTypes types, PortalSettings settings, CurrentUser currentUser,
            Clock clock, AccessLog accessLog) {
        this.accessLog = accessLog;
        this.applicants = applicants;
        this.records = records;
        this.plans = plans;
        this.files = files;
        this.types = types;
        this.settings = settings;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The caller's actions, newest plan first, each in its plan's order. */
    @PreAuthorize("hasRole('APPLICANT')")
    @Transactional(readOnly = true)
    public List<ActionView> myPlan() {
        Optional<Long> id = applicants.myRecordId();
        if (id.isEmpty()) {
            return List.of();
        }
        accessLog.record(id.get(), AccessAction.VIEW_PLAN);
        Map<Long, List<EvidenceView>> evidence = evidenceByAction(id.get());
        List<ActionView> out = new ArrayList<>();
        for (RemediationPlanEntity plan : plans.findByApplicantIdOrderByMatchYearDesc(id.get())) {
            for (RemediationActionEntity a : plan.getActions()) {
                out.add(view(plan, a, evidence.getOrDefault(a.getId(), List.of())));
            }
        }
        return List.copyOf(out);
    }

    /** The largest file {@link #upload} accepts, in bytes. */
    @PreAuthorize("isAuthenticated()")
    public long maxUploadBytes() {
        return settings.evidenceMaxSize().toBytes();
    }

    /**
     * Marks one of the caller's own actions (owner: applicant) done, with a note; a note or an uploaded file is
     * required as evidence.
     */
    @PreAuthorize("hasRole('APPLICANT')")
    public ActionResult markDone(long actionId, long expectedVersion, String note) {
        Optional<Found> found = myAction(actionId);
        if (found.isEmpty()) {
            return new ActionResult.Refused("unknown_action");
        }
        RemediationActionEntity action = found.get().action();
        if (action.getVersion() != expectedVersion) {
            return new ActionResult.Conflict();
        }
        if (action.getOwner() != Owner.APPLICANT) {
            return new ActionResult.Refused("not_your_action");
        }
        String text = note == null ? "" : note.strip();
        if (text.length() > MAX_NOTE_LENGTH) {
            return new ActionResult.Refused("note_too_long");
        }
        List<EvidenceView> evidence = evidenceByAction(found.get().applicantId()).getOrDefault(actionId, List.of());
        if (text.isEmpty() && evidence.isEmpty()) {
            return new ActionResult.Refused("evidence_required");
        }
        action.progress(ActionStatus.DONE, text.isEmpty() ? null : text);
        plans.flush();
        return new ActionResult.Done(view(found.get().plan(), action, evidence));
    }

    /**
     * Stores {@code content} as evidence for one of the caller's actions if it is a PDF, PNG or JPEG by its
     * content, its name agrees, and it is no larger than the limit.
     */
    @PreAuthorize("hasRole('APPLICANT')")
    public UploadResult upload(long actionId, String fileName, byte[] content) {
        MatchwiseUser user = currentUser.require();
        Optional<Found> found = myAction(actionId);
        if (found.isEmpty()) {
            return new UploadResult.Refused("unknown_action", null);
        }
        if (content == null || content.length == 0) {
            return new UploadResult.Refused("file_empty", null);
        }
        if (content.length > maxUploadBytes()) {
            return new UploadResult.Refused("file_too_large", null);
        }
        String detected = types.detect(content);
        if (!types.accepted(detected)) {
            return new UploadResult.Refused("file_type", detected);
        }
        Optional<String> claimed = types.claimedBy(fileName);
        if (claimed.isEmpty() || !claimed.get().equals(detected)) {
            return new UploadResult.Refused("file_type_mismatch", detected);
        }
        EvidenceFileEntity file = files.saveAndFlush(new EvidenceFileEntity(UUID.randomUUID().toString(),
                found.get().applicantId(), actionId, detected, label(fileName), content, sha256(content), user.id(),
                clock.instant()));
        return new UploadResult.Stored(view(file));
    }

    /**
     * The evidence file with this public id, to the applicant it belongs to, an advisor assigned to that
     * applicant, or an admin of their school; empty for anyone else, the same as for an unknown id.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'ADVISOR', 'APPLICANT')")
    @Transactional(readOnly = true)
    public Optional<EvidenceDownload> download(String publicId) {
        MatchwiseUser user = currentUser.require();
        if (publicId == null || publicId.length() > 36) {
            return Optional.empty();
        }
        return files.findByPublicId(publicId)
                .filter(f -> records.findByIdAndSchoolId(f.getApplicantId(), user.schoolId())
                        .filter(a -> mayRead(user, a)).isPresent())
                .map(f -> {
                    accessLog.record(f.getApplicantId(), AccessAction.DOWNLOAD_EVIDENCE, f.getOriginalName());
                    return new EvidenceDownload(f.getOriginalName(), f.getMediaType(), f.getContent());
                });
    }

    private static boolean mayRead(MatchwiseUser user, ApplicantEntity a) {
        return switch (user.role()) {
            case ADMIN -> true;
            case ADVISOR -> a.getAdvisorIds().contains(user.id());
            case APPLICANT -> a.getUserId() != null && a.getUserId() == user.id();
        };
    }

    private record Found(long applicantId, RemediationPlanEntity plan, RemediationActionEntity action) {
    }

    private Optional<Found> myAction(long actionId) {
        Optional<Long> id = applicants.myRecordId();
        if (id.isEmpty()) {
            return Optional.empty();
        }
        for (RemediationPlanEntity plan : plans.findByApplicantIdOrderByMatchYearDesc(id.get())) {
            Optional<RemediationActionEntity> action = plan.action(actionId);
            if (action.isPresent()) {
                return Optional.of(new Found(id.get(), plan, action.get()));
            }
        }
        return Optional.empty();
    }

    private Map<Long, List<EvidenceView>> evidenceByAction(long applicantId) {
        return files.findByApplicantIdOrderByUploadedAtAscIdAsc(applicantId).stream()
                .collect(Collectors.groupingBy(EvidenceFileEntity::getActionId,
                        Collectors.mapping(PortalPlanService::view, Collectors.toList())));
    }

    private static ActionView view(RemediationPlanEntity plan, RemediationActionEntity a, List<EvidenceView> evidence) {
        return new ActionView(a.getId(), plan.getMatchYear(), a.getCategory(), a.getTitle(), a.getOwner(),
                a.getDueDate(), a.getStatus(),
                org.matchwise.applicant.ApplicantProjection.evidence(a.getEvidenceNote(), a.isEvidenceInternal()), a.getVersion(),
                List.copyOf(evidence));
    }

    private static EvidenceView view(EvidenceFileEntity f) {
        return new EvidenceView(f.getPublicId(), f.getOriginalName(), f.getMediaType(), f.getSizeBytes(),
                f.getUploadedAt());
    }

    /** The file's own name as a label only: no path, no control characters, bounded length. */
    static String label(String fileName) {
        String name = fileName == null ? "evidence" : fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").strip();
        if (name.isEmpty()) {
            name = "evidence";
        }
        return name.length() > MAX_NAME_LENGTH ? name.substring(name.length() - MAX_NAME_LENGTH) : name;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
