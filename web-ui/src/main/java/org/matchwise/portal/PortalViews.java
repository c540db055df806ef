package org.matchwise.portal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.matchwise.explanation.DraftStatus;
import org.matchwise.explanation.Placement;
import org.matchwise.flags.FlagCategory;
import org.matchwise.flags.Severity;
import org.matchwise.remediation.ActionStatus;
import org.matchwise.remediation.Owner;

/** The immutable view models and results of the portal services; never entities. */
public final class PortalViews {

    private PortalViews() {
    }

    /** When a Step 2 CK score taken on {@code testDate} arrives, against programs' opening day. */
    public record Step2Hint(LocalDate testDate, LocalDate scoreBy, LocalDate programsOpen, int matchYear, boolean late) {
    }

    /** One uploaded evidence file; {@code publicId} is random and names it in download links. */
    public record EvidenceView(String publicId, String name, String mediaType, long size, Instant uploadedAt) {
    }

    /** One remediation action of the applicant's plan. */
    public record ActionView(long id, int matchYear, FlagCategory category, String title, Owner owner,
            LocalDate dueDate, ActionStatus state, String evidenceNote, long version, List<EvidenceView> files) {
    }

    /** An action change: done, a stale version, or refused with a reason ({@code portal.refused.<code>}). */
    public sealed interface ActionResult {
        record Done(ActionView action) implements ActionResult {
        }

        record Conflict() implements ActionResult {
        }

        record Refused(String code) implements ActionResult {
        }
    }

    /** An upload: stored, or refused with a reason and (for a lying file) what its content really is. */
    public sealed interface UploadResult {
        record Stored(EvidenceView file) implements UploadResult {
        }

        record Refused(String code, String detail) implements UploadResult {
        }
    }

    /** A file to send back: only to the applicant it belongs to and their advisors. */
    public record EvidenceDownload(String name, String mediaType, byte[] content) {
    }

    /** A flag the applicant may explain (professionalism flags are not shown to applicants). */
    public record ExplainableFlag(FlagCategory category, Severity severity, String message) {
    }

    /** One explanation draft with the advisor's comment once reviewed. */
    public record DraftView(long id, FlagCategory category, Placement placement, String body, DraftStatus state,
            String advisorComment, Instant updatedAt, long version) {
    }

    /** A draft change: saved, a stale version, or refused ({@code portal.refused.<code>}). */
    public sealed interface DraftResult {
        record Saved(DraftView draft) implements DraftResult {
        }

        record Conflict() implements DraftResult {
        }

        record Refused(String code) implements DraftResult {
        }
    }
}
