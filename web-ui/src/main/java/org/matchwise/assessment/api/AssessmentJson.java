package org.matchwise.assessment.api;

import org.matchwise.assessment.Assessment;
import org.matchwise.flags.Flag;
import org.matchwise.readiness.ChecklistItem;
import org.matchwise.readiness.Reason;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The assessment answer of profile-format.md: flags sorted by rule id with {@code pattern} only where the
 * rule has one, the Step 2 CK timing and the readiness verdict with reasons, checklist and disclaimer.
 * Besides the contract's fields, reasons carry their severity and evidence, and the checklist is also given
 * with its kinds and evidence as {@code checklistItems}.
 */
public final class AssessmentJson {

    private AssessmentJson() {
    }

    public static ObjectNode write(Assessment a) {
        var nodes = JsonNodeFactory.instance;
        ObjectNode o = nodes.objectNode();
        o.put("matchYear", a.matchYear());
        o.put("asOf", a.asOf().toString());
        ObjectNode ruleSet = o.putObject("ruleSet");
        ruleSet.put("school", a.ruleSet().school());
        ruleSet.put("matchYear", a.ruleSet().matchYear());
        ruleSet.put("version", a.ruleSet().version());
        ArrayNode flags = o.putArray("flags");
        for (Flag f : a.flags()) {
            ObjectNode x = flags.addObject();
            x.put("rule", f.rule().name());
            x.put("category", f.category().name());
            x.put("severity", f.severity().name());
            if (f.pattern() != null) {
                x.put("pattern", f.pattern().name());
            }
            x.put("message", f.message());
            ArrayNode evidence = x.putArray("evidence");
            f.evidence().forEach(evidence::add);
        }
        ObjectNode timing = o.putObject("step2Timing");
        timing.put("status", a.step2Timing().status().name());
        if (a.step2Timing().scoreAvailableBy() != null) {
            timing.put("scoreAvailableBy", a.step2Timing().scoreAvailableBy().toString());
        } else {
            timing.putNull("scoreAvailableBy");
        }
        timing.put("programsOpen", a.step2Timing().programsOpen().toString());
        ObjectNode readiness = o.putObject("readiness");
        readiness.put("verdict", a.readiness().verdict().name());
        ArrayNode reasons = readiness.putArray("reasons");
        for (Reason r : a.readiness().reasons()) {
            ObjectNode x = reasons.addObject();
            x.put("rule", r.rule() == null ? null : r.rule().name());
            x.put("text", r.text());
            x.put("severity", r.severity() == null ? null : r.severity().name());
            x.put("blocking", r.blocking());
            ArrayNode evidence = x.putArray("evidence");
            r.evidence().forEach(evidence::add);
        }
        ArrayNode checklist = readiness.putArray("checklist");
        ArrayNode checklistItems = readiness.putArray("checklistItems");
        for (ChecklistItem c : a.readiness().checklist()) {
            checklist.add(c.text());
            ObjectNode x = checklistItems.addObject();
            x.put("kind", c.kind().name());
            x.put("text", c.text());
            ArrayNode evidence = x.putArray("evidence");
            c.evidence().forEach(evidence::add);
        }
        readiness.put("disclaimer", a.readiness().disclaimer());
        return o;
    }
}
