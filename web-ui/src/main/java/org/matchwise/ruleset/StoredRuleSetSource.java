package org.matchwise.ruleset;

import org.matchwise.assessment.AssessmentPreviewService;
import org.matchwise.school.persistence.SchoolRepository;
import org.matchwise.security.CurrentUser;
import org.matchwise.security.MatchwiseUser;
import org.springframework.stereotype.Component;

/**
 * The preview's rule set: the caller's school's stored one for the year, else the defaults (version 1).
 * A preview stores nothing, so the defaults are not stored here.
 */
@Component
class StoredRuleSetSource implements AssessmentPreviewService.RuleSetSource {

    private final CurrentUser currentUser;
    private final RuleSetStore store;
    private final SchoolRepository schools;

    StoredRuleSetSource(CurrentUser currentUser, RuleSetStore store, SchoolRepository schools) {
        this.currentUser = currentUser;
        this.store = store;
        this.schools = schools;
    }

    @Override
    public RuleSet ruleSetFor(int matchYear) {
        MatchwiseUser user = currentUser.require();
        return store.latest(user.schoolId(), matchYear).orElseGet(() -> RuleSet.defaults(matchYear)
                .withSchool(schools.findById(user.schoolId()).map(s -> s.getName()).orElse(null)));
    }
}
