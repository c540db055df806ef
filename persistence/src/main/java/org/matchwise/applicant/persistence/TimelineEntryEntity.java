package org.matchwise.applicant.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.hibernate.envers.Audited;
import org.matchwise.applicant.*;

/** A stretch of the CV (education, work, leave of absence, ...): {@code timeline[position]}. */
@Entity
@Audited
@Table(name = "timeline_entry")
public class TimelineEntryEntity extends ApplicantItemEntity<TimelineEntry> {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private TimelineKind kind;

    @Column(length = 300)
    private String title;

    /** Sensitive: advisors and admins only. */
    @Enumerated(EnumType.STRING)
    @Column(name = "leave_reason", length = 20)
    private LeaveReason reason;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "end_date")
    private LocalDate endDate;

    @Column(name = "full_time", nullable = false)
    private boolean fullTime;

    protected TimelineEntryEntity() {
    }

    TimelineEntryEntity(TimelineEntry value) {
        update(value);
    }

    @Override
    public TimelineEntry toRecord() {
        return new TimelineEntry(kind, title, reason, startDate, endDate, fullTime);
    }

    @Override
    protected void update(TimelineEntry v) {
        kind = v.kind();
        title = v.title();
        reason = v.reason();
        startDate = v.start();
        endDate = v.end();
        fullTime = v.fullTime();
    }
}
