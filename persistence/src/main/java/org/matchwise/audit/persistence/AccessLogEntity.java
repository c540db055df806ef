package org.matchwise.audit.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.hibernate.annotations.Immutable;

/** One view or export of an applicant record (FERPA): who, which applicant, what, when. Append-only. */
@Entity
@Immutable
@Table(name = "access_log")
public class AccessLogEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "school_id", nullable = false)
    private Long schoolId;

    @Column(name = "user_id", nullable = false)
    private Long userId;

    @Column(name = "applicant_id", nullable = false)
    private Long applicantId;

    @Column(nullable = false, length = 30)
    private String action;

    @Column(name = "accessed_at", nullable = false)
    private Instant accessedAt;

    protected AccessLogEntity() {
    }

    public AccessLogEntity(long schoolId, long userId, long applicantId, String action, Instant accessedAt) {
        this.schoolId = schoolId;
        this.userId = userId;
        this.applicantId = applicantId;
        this.action = Objects.requireNonNull(action);
        this.accessedAt = Objects.requireNonNull(accessedAt);
    }

    public Long getId() { return id; }
    public Long getSchoolId() { return schoolId; }
    public Long getUserId() { return userId; }
    public Long getApplicantId() { return applicantId; }
    public String getAction() { return action; }
    public Instant getAccessedAt() { return accessedAt; }
}
