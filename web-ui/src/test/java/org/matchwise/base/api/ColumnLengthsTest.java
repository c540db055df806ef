package org.matchwise.base.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.Column;
import jakarta.persistence.EntityManagerFactory;
import java.lang.reflect.Field;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.persister.entity.AbstractEntityPersister;
import org.junit.jupiter.api.Test;
import org.matchwise.MatchwiseTest;
import org.matchwise.applicant.TextLengths;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The maxima that input is checked against ({@link ColumnLengths}) are the columns' real sizes: every text field
 * of every entity declares the same length in {@code @Column(length)} as the migrations gave its column, so a value
 * that passes the check always fits the database.
 */
@MatchwiseTest
class ColumnLengthsTest {

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Autowired
    DataSource dataSource;

    @Test
    void every_entity_text_length_is_the_length_of_its_column_in_the_migrated_schema() throws Exception {
        var metamodel = entityManagerFactory.unwrap(SessionFactoryImplementor.class).getMappingMetamodel();
        List<String> checked = new ArrayList<>();
        List<String> mismatches = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            for (var entity : entityManagerFactory.getMetamodel().getEntities()) {
                Class<?> type = entity.getJavaType();
                var persister = (AbstractEntityPersister) metamodel.getEntityDescriptor(type);
                for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
                    for (Field field : c.getDeclaredFields()) {
                        Column column = field.getAnnotation(Column.class);
                        if (column == null) {
                            continue;
                        }
                        String[] names;
                        try {
                            names = persister.getPropertyColumnNames(field.getName());
                        } catch (RuntimeException notAProperty) {
                            continue;
                        }
                        if (names.length != 1) {
                            continue;
                        }
                        Integer size = size(connection, persister.getTableName(), names[0]);
                        if (size == null || column.length() == 255 && size >= 1_000_000) {
                            // not a character column, or an unbounded text (CLOB, TEXT) with JPA's default length
                            continue;
                        }
                        checked.add(type.getSimpleName() + "." + field.getName());
                        if (size != column.length()) {
                            mismatches.add(type.getSimpleName() + "." + field.getName() + ": @Column(length = "
                                    + column.length() + "), column " + persister.getTableName() + "." + names[0]
                                    + " holds " + size);
                        }
                    }
                }
            }
        }

        assertThat(checked).contains("ApplicantEntity.givenName", "FlagEntity.addressedNote",
                "ProfessionalismEventEntity.description", "ApplicantEntity.targetSpecialties");
        assertThat(mismatches).isEmpty();
    }

    @Test
    void the_limits_the_api_checks_are_read_from_the_columns() {
        assertThat(TextLengths.ADDRESSED_NOTE).isEqualTo(4000);
        assertThat(TextLengths.FLAG_MESSAGE).isEqualTo(2000);
    }

    /** The declared size of a character column, or null for a column of another type (or not found). */
    private static Integer size(Connection connection, String table, String column) throws Exception {
        String bareTable = table.contains(".") ? table.substring(table.lastIndexOf('.') + 1) : table;
        for (String t : List.of(bareTable, bareTable.toLowerCase(Locale.ROOT), bareTable.toUpperCase(Locale.ROOT))) {
            for (String col : List.of(column, column.toLowerCase(Locale.ROOT), column.toUpperCase(Locale.ROOT))) {
                try (ResultSet rs = connection.getMetaData().getColumns(null, null, t, col)) {
                    if (rs.next()) {
                        String typeName = rs.getString("TYPE_NAME").toUpperCase(Locale.ROOT);
                        return typeName.contains("CHAR") ? rs.getInt("COLUMN_SIZE") : null;
                    }
                }
            }
        }
        return null;
    }
}
