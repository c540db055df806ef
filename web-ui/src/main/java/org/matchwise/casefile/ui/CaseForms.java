package org.matchwise.casefile.ui;

import java.time.LocalDate;
import org.matchwise.flags.FlagCategory;
import org.matchwise.remediation.Owner;

/**
 * The case view's own form records (the Binder reads and writes records, never entities). Public because the Binder
 * builds them by reflection. The entry forms both the advisor and the applicant use are in
 * {@link org.matchwise.applicant.ui.EntryForms}.
 */
public final class CaseForms {

    private CaseForms() {
    }

    /** A new remediation action. */
    public record ActionForm(FlagCategory category, String title, Owner owner, LocalDate dueDate) {
    }
}
