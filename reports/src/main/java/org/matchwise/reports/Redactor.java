package org.matchwise.reports;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Produces the applicant's copy of a report model: walks the record tree (records and lists of
 * records) and empties every component marked {@link AdvisorPrivate}. Done before the template
 * sees the model, so no template can show private content to an applicant by mistake.
 */
final class Redactor {

    private static final ClassValue<Shape> SHAPES = new ClassValue<>() {
        @Override
        protected Shape computeValue(Class<?> type) {
            return Shape.of(type);
        }
    };

    private Redactor() {
    }

    static <T extends Record> T forVariant(T model, Variant variant) {
        return switch (variant) {
            case OFFICE -> model;
            case APPLICANT -> redact(model);
        };
    }

    @SuppressWarnings("unchecked")
    static <T> T redact(T value) {
        if (value instanceof Record record) {
            return (T) redactRecord(record);
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>(list.size());
            for (Object element : list) {
                copy.add(redact(element));
            }
            return (T) java.util.Collections.unmodifiableList(copy);
        }
        return value;
    }

    private static Record redactRecord(Record record) {
        Shape shape = SHAPES.get(record.getClass());
        Object[] args = new Object[shape.components.length];
        try {
            for (int i = 0; i < args.length; i++) {
                RecordComponent c = shape.components[i];
                args[i] = shape.privateComponent[i] ? blank(c) : redact(c.getAccessor().invoke(record));
            }
            return (Record) shape.constructor.newInstance(args);
        } catch (IllegalAccessException | InstantiationException e) {
            throw new IllegalStateException("cannot copy " + record.getClass().getName(), e);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("cannot copy " + record.getClass().getName(), e.getCause());
        }
    }

    private static Object blank(RecordComponent component) {
        Class<?> type = component.getType();
        if (List.class.equals(type)) {
            return List.of();
        }
        if (Optional.class.equals(type)) {
            return Optional.empty();
        }
        if (type.isPrimitive()) {
            throw new IllegalStateException("@AdvisorPrivate on a primitive cannot be emptied: "
                    + component.getDeclaringRecord().getName() + "." + component.getName());
        }
        return null;
    }

    private record Shape(RecordComponent[] components, boolean[] privateComponent, Constructor<?> constructor) {
        static Shape of(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            boolean[] marked = new boolean[components.length];
            Class<?>[] types = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                marked[i] = components[i].isAnnotationPresent(AdvisorPrivate.class);
                types[i] = components[i].getType();
            }
            try {
                return new Shape(components, marked, type.getDeclaredConstructor(types));
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException("record without canonical constructor: " + type.getName(), e);
            }
        }
    }
}
