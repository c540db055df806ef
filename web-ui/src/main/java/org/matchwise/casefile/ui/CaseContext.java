package org.matchwise.casefile.ui;

import com.vaadin.flow.component.Component;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.matchwise.casefile.CaseFileService;
import org.matchwise.casefile.CaseViews.CaseFile;
import org.matchwise.applicant.FlagService;

/**
 * What a section of the case view needs from the case it shows: the case as last read, reading it again, the services,
 * and the words (labels, days, entry references). The case view implements it; the sections never know the view, so
 * nothing here imports the route and there is no circle between them.
 */
interface CaseContext {

    /** The applicant's record id. */
    long id();

    /** The case as last read (null while none is shown). */
    CaseFile file();

    /** Reads the case again and redraws every section. */
    void reload();

    /** Shows "changed by someone else" with Reload. */
    void showConflict();

    CaseFileService cases();

    FlagService flagService();

    String t(String key, Object... args);

    /** An enum value in words standing alone ("Passed"). */
    String label(Enum<?> value);

    String date(LocalDate day);

    /** A moment in the office's time zone. */
    String instant(Instant at);

    /** An entry or evidence reference in words. */
    String refLabel(String ref);

    /** "Evidence: ..." with each reference in words. */
    Component evidenceLine(List<String> evidence);

    /** The one-click Verify of an entry the applicant made. */
    Component verifyButton(String ref);

    void notify(String message);
}
