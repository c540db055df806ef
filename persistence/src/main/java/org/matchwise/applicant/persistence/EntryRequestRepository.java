package org.matchwise.applicant.persistence;

import java.util.List;
import java.util.Optional;
import org.matchwise.applicant.EntryRequestStatus;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

/** Applicants' correction requests and removal notices; always read within one school. */
public interface EntryRequestRepository extends JpaRepository<EntryRequestEntity, Long> {

    Optional<EntryRequestEntity> findByIdAndSchoolId(Long id, Long schoolId);

    List<EntryRequestEntity> findBySchoolIdAndApplicantIdOrderByRequestedAtDescIdDesc(Long schoolId, Long applicantId);

    List<EntryRequestEntity> findByApplicantIdAndSectionAndStatus(Long applicantId, String section, EntryRequestStatus status);

    Page<EntryRequestEntity> findBySchoolIdAndStatusOrderByRequestedAtDescIdDesc(Long schoolId, EntryRequestStatus status,
            Pageable pageable);
}
