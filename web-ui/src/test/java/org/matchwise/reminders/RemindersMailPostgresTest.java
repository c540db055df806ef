package org.matchwise.reminders;

import org.matchwise.testing.PostgresDatabase;
import org.matchwise.testing.RequiresPostgres;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The same reminders on real PostgreSQL: ON CONFLICT DO NOTHING decides "sent once" between two concurrent runs,
 * and the reminder window's date arithmetic.
 */
@RequiresPostgres
class RemindersMailPostgresTest extends RemindersMailTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        PostgresDatabase.register(registry);
    }
}
