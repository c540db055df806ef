package org.matchwise.assessment.api;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.matchwise.profile.json.Between;
import org.matchwise.profile.json.ProfileDocument;

/**
 * The body of {@code POST /api/v1/assessments/preview}: the match year to assess for (it takes precedence over the
 * profile's own), the day to assess as of, and the profile.
 */
@Schema(name = "AssessmentPreviewRequest")
record PreviewRequest(
        @NotNull(message = "is required") @Between(min = 1950, max = 2100) Integer matchYear,
        @NotNull(message = "is required") LocalDate asOf,
        @NotNull(message = "is required") @Valid ProfileDocument profile) {
}
