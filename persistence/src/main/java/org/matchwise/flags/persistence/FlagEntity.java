package org.matchwise.flags.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.hibernate.envers.Audited;
import org.matchwise.flags.Flag;
import org.matchwise.flags.FlagCategory;
import org.matchwise.flags.FlagStatus;
import org.matchwise.flags.PatternMark;
import org.matchwise.flags.RuleId;
import org.matchwise.flags.Severity;

/**
 * A red flag of one applicant. A detected flag (R1-R17) stays one row while its rule keeps firing: its
 * severity, message and evidence follow the latest assessment; it closes (with the date) when the rule stops
 * firing, and a later firing opens a new row. A manual flag (R18) is entered by an advisor. No row is deleted.
 */
@Entity
@Audited
@Table(name = "applicant_flag")
public class FlagEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "applicant_flag_seq")
    @SequenceGenerator(name = "applicant_flag_seq", sequenceName = "applicant_flag_seq", allocationSize = 50) // V88: batchable inserts
    private Long id;

    @Column(name = "applicant_id", nullable = false, updatable = false)
    private Long applicantId;

    @Enumerated(EnumType.STRING)
    @Column(name = "rule_id", nullable = false, length = 5, updatable = false)
    private RuleId rule;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30, updatable = false)
    private FlagCategory category;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Severity severity;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private PatternMark pattern;

    @Column(nullable = false, length = 2000)
    private String message;

    /** Evidence references, one per line. */
    @Column(nullable = false, length = 4000)
    private String evidence;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private FlagStatus status = FlagStatus.OPEN;

    @Column(name = "opened_on", nullable = false)
    private LocalDate openedOn;

    @Column(name = "closed_on")
    private LocalDate closedOn;

    @Column(name = "addressed_note", length = 4000)
    private String addressedNote;

    @Column(name = "addressed_by")
    private Long addressedBy;

    @Column(name = "addressed_at")
    private Instant addressedAt;

    /** The advisor who entered a manual flag; null for detected flags. */
    @Column(name = "created_by", updatable = false)
    private Long createdBy;

    @Column(name = "rule_set_version")
    private Integer ruleSetVersion;

    /** A manual flag the advisor shares with the applicant; every other flag reaches the applicant only reworded. */
    @Column(nullable = false)
    private boolean shared;

    @Version
    private long version;

    protected FlagEntity() {
    }

    /** A newly detected flag, opened on {@code today}. */
    public static FlagEntity detected(long applicantId, Flag flag, LocalDate today, int ruleSetVersion) {
        FlagEntity e = new FlagEntity();
        e.applicantId = applicantId;
        e.rule = flag.rule();
        e.category = flag.category();
        e.openedOn = today;
        e.refresh(flag, ruleSetVersion);
        return e;
    }

    /** An advisor's own flag (R18), kept from the applicant. */
    public static FlagEntity manual(long applicantId, Severity severity, String message, long advisorId, LocalDate today) {
        return manual(applicantId, severity, message, advisorId, today, false);
    }

    /** An advisor's own flag (R18); {@code shared}: the applicant sees its message. */
    public static FlagEntity manual(long applicantId, Severity severity, String message, long advisorId, LocalDate today,
            boolean shared) {
        FlagEntity e = new FlagEntity();
        e.shared = shared;
        e.applicantId = applicantId;
        e.rule = RuleId.R18;
        e.category = FlagCategory.MANUAL;
        e.severity = Objects.requireNonNull(severity);
        e.message = Objects.requireNonNull(message);
        e.evidence = "";
        e.openedOn = today;
        e.createdBy = advisorId;
        return e;
    }

    /** Takes the latest assessment's view of the same rule (severity, pattern, message, evidence). */
    public void refresh(Flag flag, int newRuleSetVersion) {
        if (flag.rule() != rule) {
            throw new IllegalArgumentException("flag of " + flag.rule() + " cannot refresh " + rule);
        }
        severity = flag.severity();
        pattern = flag.pattern();
        message = flag.message();
        evidence = String.join("\n", flag.evidence());
        ruleSetVersion = newRuleSetVersion;
    }

    /** The condition no longer holds (or, for a manual flag, an advisor withdrew it). */
    public void close(LocalDate today) {
        if (status != FlagStatus.CLOSED) {
            status = FlagStatus.CLOSED;
            closedOn = today;
        }
    }

    /** An advisor answered the flag; it stays visible (and counts in assessments) until it closes. */
    public void address(String note, long advisorId, Instant at) {
        if (status == FlagStatus.CLOSED) {
            throw new IllegalStateException("a closed flag cannot be addressed");
        }
        status = FlagStatus.ADDRESSED;
        addressedNote = Objects.requireNonNull(note);
        addressedBy = advisorId;
        addressedAt = at;
    }

    /** Shares a manual flag with the applicant, or takes it back; detected flags are never shared verbatim. */
    public void share(boolean withApplicant) {
        if (rule != RuleId.R18) {
            throw new IllegalStateException("only a manual flag is shared");
        }
        shared = withApplicant;
    }

    public boolean isActive() {
        return status != FlagStatus.CLOSED;
    }

    public Flag toFlag() {
        return new Flag(rule, category, severity, pattern, message, evidenceList());
    }

    public List<String> evidenceList() {
        return evidence == null || evidence.isEmpty() ? List.of() : Arrays.asList(evidence.split("\n"));
    }

    public Long getId() { return id; }
    public Long getApplicantId() { return applicantId; }
    public RuleId getRule() { return rule; }
    public FlagCategory getCategory() { return category; }
    public Severity getSeverity() { return severity; }
    public PatternMark getPattern() { return pattern; }
    public String getMessage() { return message; }
    public FlagStatus getStatus() { return status; }
    public LocalDate getOpenedOn() { return openedOn; }
    public LocalDate getClosedOn() { return closedOn; }
    public String getAddressedNote() { return addressedNote; }
    public Long getAddressedBy() { return addressedBy; }
    public Instant getAddressedAt() { return addressedAt; }
    public Long getCreatedBy() { return createdBy; }
    public Integer getRuleSetVersion() { return ruleSetVersion; }
    public boolean isShared() { return shared; }
    public long getVersion() { return version; }
}
