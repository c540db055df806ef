package org.matchwise.profile.json;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.stream.Collectors;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.deser.DeserializationProblemHandler;
import tools.jackson.databind.deser.ValueInstantiator;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

/**
 * Binds JSON to wire records with Jackson and checks them with Jakarta Bean Validation, collecting every problem
 * with its path instead of stopping at the first: unknown fields (by name), wrong JSON types, unknown enum values,
 * impossible dates, then the records' constraints (required, ranges, lengths).
 *
 * <p>Jackson 3.1's own {@code ObjectReader.problemCollectingReader()} collects recoverable binding problems but hands
 * back only the problems (a {@code DeferredBindingException}), not the partly bound value, words them its own way, and
 * lets a value of the wrong JSON type (a number where a date belongs) end the read. The contract of profile-format.md lists binding
 * problems and missing required fields in one answer, so this reader does the same with its own
 * {@link DeserializationProblemHandler} (unknown fields, objects and arrays of the wrong shape) and strict scalar
 * deserializers (no coercion: {@code "2027"} is not a number, {@code 1} is not an enum value); both write to a
 * per-call list kept in the read's attributes, so one reader serves every thread.
 */
public final class ProblemCollectingReader {

    /** The outcome of a read: the bound value (null when nothing could be bound) and every problem found. */
    public record Bound<T>(T value, List<FieldProblem> problems) {
    }

    private static final Object PROBLEMS = ProblemCollectingReader.class;

    private static final ValidatorFactory VALIDATION = Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory();

    private final JsonMapper mapper;
    private final Validator validator = VALIDATION.getValidator();

    /** A reader whose enum values must be written exactly as the constants of {@code enums}. */
    @SafeVarargs
    public ProblemCollectingReader(Class<? extends Enum<?>>... enums) {
        SimpleModule strict = new SimpleModule("strict-scalars");
        strict.addDeserializer(String.class, new StrictString());
        strict.addDeserializer(Integer.class, new StrictInteger());
        strict.addDeserializer(Boolean.class, new StrictBoolean());
        strict.addDeserializer(LocalDate.class, new StrictDate());
        for (Class<? extends Enum<?>> type : enums) {
            addEnum(strict, type);
        }
        this.mapper = JsonMapper.builder()
                .addModule(strict)
                .addHandler(new Collector())
                // "" where an object belongs reads as absent ("is required" when it must be there) instead of
                // ending the read with Jackson's coercion failure, which no problem handler sees
                .withCoercionConfig(LogicalType.POJO,
                        c -> c.setCoercion(CoercionInputShape.EmptyString, CoercionAction.TryConvert))
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
                .build();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void addEnum(SimpleModule module, Class<? extends Enum<?>> type) {
        module.addDeserializer((Class) type, new StrictEnum(type));
    }

    /** The mapper the wire records are written with (dates as {@code YYYY-MM-DD}, enums by name). */
    public JsonMapper mapper() {
        return mapper;
    }

    /**
     * Binds {@code node} (the part of a request found at {@code basePath}, "" for the whole body) to {@code type} and
     * validates what could be bound. Problems at a path that already has a binding problem are not repeated by the
     * validation (a date that is no date is not also "required").
     */
    public <T> Bound<T> read(JsonNode node, Class<T> type, String basePath) {
        List<FieldProblem> problems = new ArrayList<>();
        if (node == null || node.isMissingNode() || node.isNull()) {
            problems.add(new FieldProblem(basePath.isEmpty() ? "$" : basePath, "must be a JSON object"));
            return new Bound<>(null, problems);
        }
        List<FieldProblem> binding = new ArrayList<>();
        ObjectReader reader = mapper.readerFor(type).withAttribute(PROBLEMS, binding);
        T value = null;
        try (JsonParser p = reader.treeAsTokens(node)) {
            value = reader.readValue(p);
        } catch (DatabindException e) {
            // a mismatch no handler could recover from (rare: every scalar is read by a strict deserializer)
            binding.add(new FieldProblem(pathOf(e), "has a value of the wrong type"));
        }
        for (FieldProblem p : binding) {
            problems.add(new FieldProblem(join(basePath, p.path()), p.reason()));
        }
        if (value != null) {
            validate(value, basePath, problems);
        }
        return new Bound<>(value, problems);
    }

    /**
     * Bean Validation of {@code value}, its problems added sorted by path, one per field, and none where a binding
     * problem already is.
     */
    public void validate(Object value, String basePath, List<FieldProblem> problems) {
        List<FieldProblem> found = new ArrayList<>();
        for (ConstraintViolation<Object> v : validator.validate(value)) {
            String path = join(basePath, pathOf(v.getPropertyPath()));
            if (!covered(problems, path)) {
                found.add(new FieldProblem(path.isEmpty() ? "$" : path, v.getMessage()));
            }
        }
        found.sort(Comparator.comparing(FieldProblem::path).thenComparing(FieldProblem::reason));
        for (FieldProblem p : found) {
            if (!covered(problems, p.path())) { // one problem per field: an over-long text is not also "no email"
                problems.add(p);
            }
        }
    }

    /** True when a problem is already listed at {@code path} or inside it. */
    public static boolean covered(List<FieldProblem> problems, String path) {
        for (FieldProblem p : problems) {
            if (p.path().equals(path) || p.path().startsWith(path + ".") || p.path().startsWith(path + "[")) {
                return true;
            }
        }
        return false;
    }

    static String join(String base, String path) {
        if (path.isEmpty() || path.equals("$")) {
            return base.isEmpty() ? "$" : base;
        }
        if (base.isEmpty()) {
            return path.startsWith(".") ? path.substring(1) : path;
        }
        return base + (path.startsWith("[") || path.startsWith(".") ? "" : ".") + path;
    }

    private static String pathOf(Path path) {
        StringBuilder s = new StringBuilder();
        for (Path.Node n : path) {
            if (n.isInIterable() && n.getIndex() != null) {
                s.append('[').append(n.getIndex()).append(']');
            }
            if (n.getKind() != jakarta.validation.ElementKind.CONTAINER_ELEMENT
                    && n.getKind() != jakarta.validation.ElementKind.BEAN && n.getName() != null) {
                s.append(s.isEmpty() ? "" : ".").append(n.getName());
            }
        }
        return s.toString();
    }

    private static String pathOf(DatabindException e) {
        StringBuilder s = new StringBuilder();
        for (DatabindException.Reference r : e.getPath()) {
            if (r.getPropertyName() != null) {
                s.append(s.isEmpty() ? "" : ".").append(r.getPropertyName());
            } else if (r.getIndex() >= 0) {
                s.append('[').append(r.getIndex()).append(']');
            }
        }
        return s.isEmpty() ? "$" : s.toString();
    }

    /** The path of the value the parser stands on: {@code exams[2].outcome} ("" for the root). */
    static String pathOf(JsonParser p) {
        TokenStreamContext context = p.streamReadContext();
        JsonToken token = p.currentToken();
        if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
            context = context.getParent(); // the parser has entered the value's own context
        }
        Deque<String> parts = new ArrayDeque<>();
        for (TokenStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                parts.push("[" + c.getCurrentIndex() + "]");
            } else if (c.currentName() != null) {
                parts.push("." + c.currentName());
            }
        }
        String path = String.join("", parts);
        return path.startsWith(".") ? path.substring(1) : path;
    }

    /** Records a problem at the value the parser stands on and skips that value. */
    @SuppressWarnings("unchecked")
    static void problem(DeserializationContext ctxt, JsonParser p, String reason) {
        Object bucket = ctxt.getAttribute(PROBLEMS);
        String path = pathOf(p);
        if (bucket instanceof List<?> list) {
            ((List<FieldProblem>) list).add(new FieldProblem(path.isEmpty() ? "$" : path, reason));
        }
        if (p.currentToken() == JsonToken.START_OBJECT || p.currentToken() == JsonToken.START_ARRAY) {
            p.skipChildren();
        }
    }

    static String shapeOf(JavaType type) {
        if (type.isCollectionLikeType() || type.isArrayType()) {
            return "must be a JSON array";
        }
        return "must be a JSON object";
    }

    /** Unknown fields by name, and objects or arrays where the other (or a scalar) was sent. */
    private static final class Collector extends DeserializationProblemHandler {

        @Override
        public boolean handleUnknownProperty(DeserializationContext ctxt, JsonParser p, ValueDeserializer<?> deserializer,
                Object beanOrClass, String propertyName) {
            problem(ctxt, p, "is not a known field");
            p.skipChildren();
            return true;
        }

        @Override
        public Object handleUnexpectedToken(DeserializationContext ctxt, JavaType targetType, JsonToken t, JsonParser p,
                String failureMsg) {
            problem(ctxt, p, shapeOf(targetType));
            return null;
        }

        @Override
        public Object handleMissingInstantiator(DeserializationContext ctxt, Class<?> instClass,
                ValueInstantiator valueInsta, JsonParser p, String msg) {
            problem(ctxt, p, "must be a JSON object");
            return null;
        }
    }

    /** A text: a JSON string, nothing else (no number or boolean turned into text). */
    private static final class StrictString extends StdDeserializer<String> {
        StrictString() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws JacksonException {
            if (p.currentToken() == JsonToken.VALUE_STRING) {
                return p.getString();
            }
            problem(ctxt, p, "must be a string");
            return null;
        }
    }

    /** A whole number within {@code int}: no text, no fraction. */
    private static final class StrictInteger extends StdDeserializer<Integer> {
        StrictInteger() {
            super(Integer.class);
        }

        @Override
        public Integer deserialize(JsonParser p, DeserializationContext ctxt) throws JacksonException {
            if (p.currentToken() == JsonToken.VALUE_NUMBER_INT && p.getNumberType() == JsonParser.NumberType.INT) {
                return p.getIntValue();
            }
            problem(ctxt, p, "must be a whole number");
            return null;
        }
    }

    /** {@code true} or {@code false}, not the text "yes". */
    private static final class StrictBoolean extends StdDeserializer<Boolean> {
        StrictBoolean() {
            super(Boolean.class);
        }

        @Override
        public Boolean deserialize(JsonParser p, DeserializationContext ctxt) throws JacksonException {
            if (p.currentToken() == JsonToken.VALUE_TRUE || p.currentToken() == JsonToken.VALUE_FALSE) {
                return p.currentToken() == JsonToken.VALUE_TRUE;
            }
            problem(ctxt, p, "must be true or false");
            return null;
        }
    }

    /** An ISO date written {@code YYYY-MM-DD} that exists (no 30 February, no epoch-day numbers). */
    private static final class StrictDate extends StdDeserializer<LocalDate> {
        StrictDate() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws JacksonException {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                problem(ctxt, p, "must be a date written YYYY-MM-DD");
                return null;
            }
            String s = p.getString();
            if (!s.matches("\\d{4}-\\d{2}-\\d{2}")) {
                problem(ctxt, p, "must be a date written YYYY-MM-DD, was \"" + s + "\"");
                return null;
            }
            try {
                return LocalDate.parse(s);
            } catch (DateTimeParseException e) {
                problem(ctxt, p, "is not a real date: \"" + s + "\"");
                return null;
            }
        }
    }

    /** One of the constants, written exactly (upper snake case); the problem lists the allowed values. */
    private static final class StrictEnum<E extends Enum<E>> extends StdDeserializer<E> {
        private final Class<E> type;
        private final String allowed;

        StrictEnum(Class<E> type) {
            super(type);
            this.type = type;
            this.allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
        }

        @Override
        public E deserialize(JsonParser p, DeserializationContext ctxt) throws JacksonException {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                problem(ctxt, p, "must be one of " + allowed);
                return null;
            }
            String s = p.getString();
            for (E e : type.getEnumConstants()) {
                if (e.name().equals(s)) {
                    return e;
                }
            }
            problem(ctxt, p, "must be one of " + allowed + ", was \"" + s + "\"");
            return null;
        }

        /**
         * A null field is absent (for {@code @NotNull} to judge); a {@code null} written as an entry of a list of values
         * is no value. (Jackson also asks here for an absent field, and for a list entry that was refused above.)
         */
        @Override
        public E getNullValue(DeserializationContext ctxt) {
            JsonParser p = ctxt.getParser();
            if (p != null && p.currentToken() == JsonToken.VALUE_NULL && p.streamReadContext().inArray()) {
                problem(ctxt, p, "must be one of " + allowed);
            }
            return null;
        }
    }
}
