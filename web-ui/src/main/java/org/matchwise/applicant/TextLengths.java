package org.matchwise.applicant;

import org.matchwise.applicant.persistence.CycleEntity;
import org.matchwise.base.api.ColumnLengths;
import org.matchwise.flags.persistence.FlagEntity;

/**
 * The longest texts the record's REST requests may carry besides the profile itself (whose fields ProfileJson
 * checks), each read from its column ({@link ColumnLengths}), so the API answers a 400 naming the field instead of
 * a 500 from the database.
 */
public final class TextLengths {

    /** A manual R18 flag's message. */
    public static final int FLAG_MESSAGE = ColumnLengths.of(FlagEntity.class, "message");
    /** The note an advisor gives when marking a flag addressed. */
    public static final int ADDRESSED_NOTE = ColumnLengths.of(FlagEntity.class, "addressedNote");
    /** The feedback of a closed cycle. */
    public static final int CYCLE_FEEDBACK = ColumnLengths.of(CycleEntity.class, "feedback");

    private TextLengths() {
    }
}
