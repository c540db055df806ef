package org.matchwise.readiness;

import java.util.List;
import org.matchwise.flags.Severity;

/**
 * One domain's points.
 *
 * @param worst the highest severity among the domain's flags, or null when none fired
 */
public record DomainAssessment(ReadinessDomain domain, Severity worst, List<Reason> points) {
    public DomainAssessment {
        points = List.copyOf(points);
    }
}
