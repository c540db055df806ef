package org.matchwise.reports;

import java.util.List;

/**
 * The program-list strategy.
 *
 * @param dualApplicationAdvised whether the rules advise applying to a second specialty
 * @param note                   the advisor's shared comment, or {@code null}
 */
public record ProgramStrategy(List<StrategyLine> lines, boolean dualApplicationAdvised, String note) {
    public ProgramStrategy {
        lines = List.copyOf(lines);
    }
}
