package org.matchwise.reminders;

import org.matchwise.OnPostgres;

/**
 * The same reminders on real PostgreSQL: ON CONFLICT DO NOTHING decides "sent once" between two concurrent runs,
 * and the reminder window's date arithmetic.
 */
@OnPostgres
class RemindersMailPostgresTest extends RemindersMailTest {
}
