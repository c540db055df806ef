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

/**
 * One read of an applicant record (FERPA): who, which applicant, what, when and from where. Append-only: the entity
 * is immutable, and the database refuses UPDATE and DELETE of its rows (db/vendor/*: access_log_append_only).
 */
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

    /** The client address of the request (null for a background job). */
    @Column(name = "client_ip", length = 64)
    private String clientIp;

    /** The request's User-Agent, cut to the column (null for a background job). */
    @Column(name = "user_agent", length = 300)
    private String userAgent;

    /** Which part, where the action alone does not say (an export job, an evidence file); may be null. */
    @Column(length = 200)
    private String detail;

    protected AccessLogEntity() {
    }

    public AccessLogEntity(long schoolId, long userId, long applicantId, String action, Instant accessedAt) {
        this.schoolId = schoolId;
        this.userId = userId;
        this.applicantId = applicantId;
        this.action = Objects.requireNonNull(action);
        this.accessedAt = Objects.requireNonNull(accessedAt);
    }

    public AccessLogEntity(long schoolId, long userId, long applicantId, String action, Instant accessedAt,
            String clientIp, String userAgent, String detail) {
        this(schoolId, userId, applicantId, action, accessedAt);
        this.clientIp = cut(clientIp, 64);
        this.userAgent = cut(userAgent, 300);
        this.detail = cut(detail, 200);
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    public Long getId() { return id; }
    public Long getSchoolId() { return schoolId; }
    public Long getUserId() { return userId; }
    public Long getApplicantId() { return applicantId; }
    public String getAction() { return action; }
    public Instant getAccessedAt() { return accessedAt; }
    public String getClientIp() { return clientIp; }
    public String getUserAgent() { return userAgent; }
    public String getDetail() { return detail; }
}
