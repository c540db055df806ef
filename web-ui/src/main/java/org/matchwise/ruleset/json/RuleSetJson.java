package org.matchwise.ruleset.json;

import org.matchwise.ruleset.RuleSet;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A rule set as a JSON document: {@code {"format": 1, "ruleSet": {...}}}, the rule set's records mapped by
 * Jackson (records, enum-keyed maps and ISO dates are what Jackson does well; nothing is hand-written). Unknown
 * fields are rejected so a document written by a newer format never loads half-read. The format number lets
 * a later release migrate old documents: format 1 has no {@code highClerkships} (R12), which then takes the
 * defaults.
 */
public final class RuleSetJson {

    public static final int FORMAT = 2;
    private static final int OLDEST_READ = 1;

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();

    private RuleSetJson() {
    }

    public static String write(RuleSet ruleSet) {
        ObjectNode doc = MAPPER.createObjectNode();
        doc.put("format", FORMAT);
        doc.set("ruleSet", MAPPER.valueToTree(ruleSet));
        return MAPPER.writeValueAsString(doc);
    }

    /** Reads a stored document; a document that does not read is a defect, reported as IllegalArgumentException. */
    public static RuleSet read(String document) {
        try {
            JsonNode doc = MAPPER.readTree(document);
            int format = doc.path("format").asInt(-1);
            if (format < OLDEST_READ || format > FORMAT) {
                throw new IllegalArgumentException("unknown rule-set document format " + doc.path("format"));
            }
            return MAPPER.treeToValue(doc.required("ruleSet"), RuleSet.class);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("the rule-set document does not read: " + e.getOriginalMessage(), e);
        }
    }
}
