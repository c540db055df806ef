package org.matchwise.explanation.persistence;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.matchwise.explanation.DraftStatus;
import org.matchwise.flags.FlagCategory;
import org.matchwise.readiness.ExplanationStatus;
import org.springframework.data.jpa.repository.JpaRepository;

/** Explanation drafts; callers pass an applicant id already checked against the caller's school. */
public interface ExplanationDraftRepository extends JpaRepository<ExplanationDraftEntity, Long> {

    List<ExplanationDraftEntity> findByApplicantIdOrderByCreatedAtAscIdAsc(Long applicantId);

    Optional<ExplanationDraftEntity> findByIdAndApplicantId(Long id, Long applicantId);

    /**
     * Per flag category, how far the applicant's explanation got, as the readiness checklist reads it: REVIEWED
     * once any draft of the category was reviewed, else DRAFTED; a category without a draft is absent.
     */
    default Map<FlagCategory, ExplanationStatus> explanationStatusOf(long applicantId) {
        Map<FlagCategory, ExplanationStatus> status = new EnumMap<>(FlagCategory.class);
        findByApplicantIdOrderByCreatedAtAscIdAsc(applicantId).forEach(d -> status.merge(
                d.getFlagCategory(),
                d.getStatus() == DraftStatus.REVIEWED ? ExplanationStatus.REVIEWED : ExplanationStatus.DRAFTED,
                (a, b) -> a == ExplanationStatus.REVIEWED || b == ExplanationStatus.REVIEWED
                        ? ExplanationStatus.REVIEWED : ExplanationStatus.DRAFTED));
        return status;
    }
}
