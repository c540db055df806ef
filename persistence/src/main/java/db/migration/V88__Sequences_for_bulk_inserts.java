package db.migration;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * The ids of the rows a bulk create writes by the thousand (applicants, their entries, flags, assessment
 * records, cycle snapshots) come from sequences instead of IDENTITY columns, so Hibernate can send their inserts
 * in JDBC batches (an IDENTITY insert must run alone to read its key back). Hibernate takes 50 ids per sequence
 * call; each sequence starts above the ids already used, and becomes the column's default, so a plain SQL insert
 * without an id still gets a fresh one. A Java migration because the start value depends on the data and the
 * default's syntax differs between H2 ({@code NEXT VALUE FOR}) and PostgreSQL ({@code nextval}); the rest is the
 * same statement on both.
 */
public class V88__Sequences_for_bulk_inserts extends BaseJavaMigration {

    /** Sequence name -> the tables whose ids it gives (the applicant's entries share one, as their superclass does). */
    static final Map<String, List<String>> SEQUENCES = new LinkedHashMap<>();

    static {
        SEQUENCES.put("applicant_seq", List.of("applicant"));
        SEQUENCES.put("applicant_item_seq", List.of("exam_attempt", "practice_assessment", "clinical_experience",
                "recommendation_letter", "timeline_entry", "academic_event", "professionalism_event", "application_cycle"));
        SEQUENCES.put("cycle_specialty_seq", List.of("cycle_specialty"));
        SEQUENCES.put("applicant_flag_seq", List.of("applicant_flag"));
        SEQUENCES.put("assessment_record_seq", List.of("assessment_record"));
        SEQUENCES.put("cycle_snapshot_seq", List.of("cycle_snapshot"));
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        boolean postgres = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
        try (Statement st = connection.createStatement()) {
            for (var entry : SEQUENCES.entrySet()) {
                long max = 0;
                for (String table : entry.getValue()) {
                    try (ResultSet rs = st.executeQuery("SELECT COALESCE(MAX(id), 0) FROM " + table)) {
                        rs.next();
                        max = Math.max(max, rs.getLong(1));
                    }
                }
                // Hibernate's pooled optimizer reads a sequence value as the top of a block of 50: start 100 above
                // the highest id in use, so the first block lies wholly above it
                st.execute("CREATE SEQUENCE " + entry.getKey() + " START WITH " + (max + 100) + " INCREMENT BY 50");
                for (String table : entry.getValue()) {
                    st.execute("ALTER TABLE " + table + " ALTER COLUMN id DROP IDENTITY");
                    st.execute("ALTER TABLE " + table + " ALTER COLUMN id SET DEFAULT " + (postgres
                            ? "nextval('" + entry.getKey() + "')" : "NEXT VALUE FOR " + entry.getKey()));
                }
            }
        }
    }
}
