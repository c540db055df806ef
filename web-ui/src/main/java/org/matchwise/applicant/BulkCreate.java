package org.matchwise.applicant;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** What {@link ApplicantService#createAll} takes and answers: many new applicants in one go (imports, generated data). */
public final class BulkCreate {

    private BulkCreate() {
    }

    /**
     * One applicant to create.
     *
     * @param advisorEmail optional: an advisor of the caller's school to assign
     * @param closedCycles earlier cycles of the profile that were submitted and closed at these instants (generated
     *                     history): each is stored as closed, with the snapshot frozen at its close
     */
    public record NewApplicant(ApplicantProfile profile, String advisorEmail, List<ClosedCycle> closedCycles) {
        public NewApplicant {
            Objects.requireNonNull(profile, "profile");
            closedCycles = List.copyOf(closedCycles);
        }

        public NewApplicant(ApplicantProfile profile, String advisorEmail) {
            this(profile, advisorEmail, List.of());
        }
    }

    /** A cycle of the profile that was submitted at {@code submittedAt} and closed at {@code closedAt}. */
    public record ClosedCycle(int matchYear, Instant submittedAt, Instant closedAt) {
    }

    /** Either every applicant was created, or none was and the refusals are listed by position in the batch. */
    public sealed interface Result {
    }

    /** Created, ids in the order of the batch. */
    public record Created(List<Long> ids) implements Result {
        public Created {
            ids = List.copyOf(ids);
        }
    }

    /** Nothing was written: why each refused applicant (by its position in the batch) was refused. */
    public record Refused(Map<Integer, SaveResult.Rejected> problems) implements Result {
        public Refused {
            problems = Map.copyOf(problems);
        }
    }
}
