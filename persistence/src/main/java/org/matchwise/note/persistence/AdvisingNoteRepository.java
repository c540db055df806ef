package org.matchwise.note.persistence;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.matchwise.note.NoteVisibility;

/** Advising notes; callers pass an applicant id already checked against the caller's school. */
public interface AdvisingNoteRepository extends JpaRepository<AdvisingNoteEntity, Long> {

    List<AdvisingNoteEntity> findByApplicantIdOrderByCreatedAtAscIdAsc(Long applicantId);

    List<AdvisingNoteEntity> findByApplicantIdAndVisibilityOrderByCreatedAtAscIdAsc(Long applicantId,
            NoteVisibility visibility);
}
