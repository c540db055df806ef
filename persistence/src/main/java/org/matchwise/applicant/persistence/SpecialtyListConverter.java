package org.matchwise.applicant.persistence;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.List;
import org.matchwise.applicant.Specialty;

/**
 * Target specialties in their order (the first is the primary) as one comma-separated column: the list is
 * short, always read whole, and its order matters, so one column keeps it simple and audited as one value.
 */
@Converter
class SpecialtyListConverter implements AttributeConverter<List<Specialty>, String> {

    @Override
    public String convertToDatabaseColumn(List<Specialty> value) {
        return value == null ? "" : String.join(",", value.stream().map(Specialty::name).toList());
    }

    @Override
    public List<Specialty> convertToEntityAttribute(String column) {
        if (column == null || column.isBlank()) {
            return List.of();
        }
        return Arrays.stream(column.split(",")).map(String::trim).map(Specialty::valueOf).toList();
    }
}
