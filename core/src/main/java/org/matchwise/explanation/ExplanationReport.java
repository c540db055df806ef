package org.matchwise.explanation;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.matchwise.flags.FlagCategory;

/**
 * What the checker found in one draft.
 *
 * @param placement      where the draft will be used
 * @param category       the flag it explains
 * @param wordCount      words in the whole draft
 * @param findings       the findings, ordered by check and then by position
 * @param parts          for each of the four parts, the sentences where it was recognised (empty when missing)
 * @param flagParagraphs personal statement only: the paragraphs taken to be about the flag (empty otherwise)
 */
public record ExplanationReport(
        Placement placement,
        FlagCategory category,
        int wordCount,
        List<Finding> findings,
        Map<Part, List<Span>> parts,
        List<Span> flagParagraphs) {

    public ExplanationReport {
        Objects.requireNonNull(placement, "placement");
        Objects.requireNonNull(category, "category");
        findings = List.copyOf(findings);
        EnumMap<Part, List<Span>> copy = new EnumMap<>(Part.class);
        for (Part part : Part.values()) {
            copy.put(part, List.copyOf(parts.getOrDefault(part, List.of())));
        }
        parts = Collections.unmodifiableMap(copy);
        flagParagraphs = List.copyOf(flagParagraphs);
    }

    public boolean has(CheckId check) {
        return findings.stream().anyMatch(f -> f.check() == check);
    }

    public List<Finding> findings(CheckId check) {
        return findings.stream().filter(f -> f.check() == check).toList();
    }

    /** True when nothing at {@link Level#PROBLEM} was found (advice may remain). */
    public boolean hasNoProblems() {
        return findings.stream().noneMatch(f -> f.level() == Level.PROBLEM);
    }

    public Set<Part> foundParts() {
        EnumSet<Part> found = EnumSet.noneOf(Part.class);
        parts.forEach((part, spans) -> {
            if (!spans.isEmpty()) {
                found.add(part);
            }
        });
        return Collections.unmodifiableSet(found);
    }

    public Set<Part> missingParts() {
        EnumSet<Part> missing = EnumSet.allOf(Part.class);
        missing.removeAll(foundParts());
        return Collections.unmodifiableSet(missing);
    }
}
