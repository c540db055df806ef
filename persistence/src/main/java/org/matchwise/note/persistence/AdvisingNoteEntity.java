package org.matchwise.note.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import org.matchwise.note.NoteVisibility;

/** An advisor's note on an applicant. */
@Entity
@Table(name = "advising_note")
public class AdvisingNoteEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "applicant_id", nullable = false, updatable = false)
    private Long applicantId;

    @Column(name = "author_id", nullable = false, updatable = false)
    private Long authorId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private NoteVisibility visibility;

    @Column(nullable = false, length = 20000)
    private String body;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected AdvisingNoteEntity() {
    }

    public AdvisingNoteEntity(long applicantId, long authorId, NoteVisibility visibility, String body, Instant createdAt) {
        this.applicantId = applicantId;
        this.authorId = authorId;
        this.visibility = Objects.requireNonNull(visibility);
        this.body = Objects.requireNonNull(body);
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    public Long getId() { return id; }
    public Long getApplicantId() { return applicantId; }
    public Long getAuthorId() { return authorId; }
    public NoteVisibility getVisibility() { return visibility; }
    public String getBody() { return body; }
    public Instant getCreatedAt() { return createdAt; }
    public long getVersion() { return version; }
}
