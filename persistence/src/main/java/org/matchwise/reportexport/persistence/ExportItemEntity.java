package org.matchwise.reportexport.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;

/**
 * One applicant of a cohort export, in the order of the ZIP: the export's checkpoint. Done once both of the
 * applicant's reports are in the file store; the names they get in the ZIP and the figures the cohort summary
 * adds up ({@code tally}, JSON) are kept with it, so a job resumed on another node needs nothing it had in memory.
 */
@Entity
@Table(name = "report_export_item")
public class ExportItemEntity {

    /** Job and position. */
    @Embeddable
    public record Key(@Column(name = "job_id") Long jobId, @Column(name = "seq") Integer seq) implements Serializable {
    }

    @EmbeddedId
    private Key key;

    @Column(name = "applicant_id", nullable = false, updatable = false)
    private Long applicantId;

    @Column(nullable = false)
    private boolean done;

    @Column(nullable = false)
    private boolean skipped;

    @Column(name = "progress_name", length = 300)
    private String progressName;

    @Column(name = "readiness_name", length = 300)
    private String readinessName;

    @Column(length = 4000)
    private String tally;

    protected ExportItemEntity() {
    }

    public ExportItemEntity(long jobId, int seq, long applicantId) {
        this.key = new Key(jobId, seq);
        this.applicantId = applicantId;
    }

    /** Both reports are stored; remember their names in the ZIP and the applicant's figures. */
    public void done(String progress, String readiness, String tallyJson) {
        this.done = true;
        this.progressName = progress;
        this.readinessName = readiness;
        this.tally = tallyJson;
    }

    /** The applicant left the cohort (deleted) after the job fixed it: nothing of them goes into the ZIP. */
    public void skip() {
        this.done = true;
        this.skipped = true;
    }

    public long getJobId() { return key.jobId(); }
    public int getSeq() { return key.seq(); }
    public Long getApplicantId() { return applicantId; }
    public boolean isDone() { return done; }
    public boolean isSkipped() { return skipped; }
    public String getProgressName() { return progressName; }
    public String getReadinessName() { return readinessName; }
    public String getTally() { return tally; }
}
