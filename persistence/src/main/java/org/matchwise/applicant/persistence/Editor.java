package org.matchwise.applicant.persistence;

import java.time.Instant;
import java.util.Objects;

/**
 * Who enters data and when. Items an applicant enters are stored unverified; items an advisor or admin enters
 * count as verified by them.
 *
 * @param userId      the acting user (null for a system change such as an import without a user)
 * @param isApplicant whether the actor is the applicant themself
 */
public record Editor(Long userId, boolean isApplicant, Instant at) {
    public Editor {
        Objects.requireNonNull(at, "at is required");
    }
}
