package org.matchwise.assessment;

import java.time.LocalDate;
import org.matchwise.applicant.ApplicantProfile;
import org.matchwise.ruleset.RuleSet;
import org.matchwise.security.AccountService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Assesses a profile that is not stored: what an advisor sees before saving anything. The rule set is the
 * caller's school's for the requested match year; until the school has stored one, the defaults of
 * domain.md (version 1) apply.
 */
@Service
public class AssessmentPreviewService {

    private final AccountService accounts;
    private final RuleSetSource ruleSets;

    AssessmentPreviewService(AccountService accounts, RuleSetSource ruleSets) {
        this.accounts = accounts;
        this.ruleSets = ruleSets;
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'ADVISOR')")
    public Assessment preview(ApplicantProfile profile, int matchYear, LocalDate asOf) {
        RuleSet ruleSet = ruleSets.ruleSetFor(matchYear);
        ApplicantProfile forYear = profile.toBuilder().matchYear(matchYear).build();
        return org.matchwise.operations.Measure.assessment("preview", () -> Assessor.assess(forYear, ruleSet, asOf));
    }

    /** Which rule set applies to the caller's school for a match year. */
    public interface RuleSetSource {
        RuleSet ruleSetFor(int matchYear);
    }

    /** Until a school stores its own rule sets: the defaults, named after the caller's school. */
    @org.springframework.context.annotation.Configuration
    static class DefaultRuleSets {
        @org.springframework.context.annotation.Bean
        @org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean(RuleSetSource.class)
        RuleSetSource defaultRuleSetSource(AccountService accounts) {
            return matchYear -> RuleSet.defaults(matchYear).withSchool(accounts.me().school());
        }
    }
}
