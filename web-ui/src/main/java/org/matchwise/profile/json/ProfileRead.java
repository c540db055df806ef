package org.matchwise.profile.json;

import java.util.List;
import org.matchwise.applicant.ApplicantProfile;

/** The outcome of reading a profile: the profile, or every problem found in the JSON. */
public sealed interface ProfileRead {

    record Valid(ApplicantProfile profile) implements ProfileRead {
    }

    record Invalid(List<FieldProblem> problems) implements ProfileRead {
        public Invalid {
            problems = List.copyOf(problems);
        }
    }
}
