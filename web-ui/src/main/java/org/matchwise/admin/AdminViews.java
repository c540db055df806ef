package org.matchwise.admin;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.matchwise.account.Role;
import org.matchwise.readiness.Verdict;

/** What the admin services answer: immutable records and sealed results, never entities. */
public final class AdminViews {

    private AdminViews() {
    }

    /**
     * One account of the caller's school.
     *
     * @param awaitingSetup no password yet: invited, the link not used yet
     * @param caseload      applicants assigned to this account as advisor
     */
    public record AdminUser(long id, String email, String displayName, Role role, boolean enabled, boolean locked,
            boolean awaitingSetup, int caseload) {
    }

    /** The outcome of an account command; a refusal's {@code code} names a message {@code admin.refused.<code>}. */
    public sealed interface AccountResult {
        /** Done; {@code user} is the account as it is now. */
        record Done(AdminUser user) implements AccountResult {
        }

        /** A one-time link to choose a password went to the account's email; it works once, until {@code expiresAt}. */
        record LinkSent(AdminUser user, Instant expiresAt) implements AccountResult {
        }

        record Refused(String code) implements AccountResult {
        }
    }

    /** An applicant as the caseload picker lists it. */
    public record CaseloadChoice(long id, String externalId, String name, int matchYear) {
    }

    /** One cohort of the school. */
    public record CohortRow(long id, int matchYear, String name, long applicants, List<String> advisors) {
    }

    /** The outcome of creating a cohort. */
    public sealed interface CohortResult {
        record Created(CohortRow cohort, int ruleSetVersion) implements CohortResult {
        }

        record Refused(String code) implements CohortResult {
        }
    }

    /**
     * The editable part of a rule set: thresholds and calendar, as a form binds them (boxed: a cleared field is
     * null until validation refuses it).
     */
    public record RuleSetForm(Double gapMonths, Double gapHighMonths, Integer yearsSinceGraduation,
            Double recentClinicalMonths, Double recentClinicalHighMonths, Double usceHandsOnMonths,
            Double fullTimeOverlapMonths, Double daysPerMonth, Integer step2ScoreLagDays, Integer step1NumericLow,
            Integer examFailuresForHigh, Integer patternEvents, LocalDate erasOpens, LocalDate applicantsMaySubmit,
            LocalDate programsOpen, LocalDate rankOrderDeadline, LocalDate matchDay) {
    }

    /**
     * A rule set to edit for a match year.
     *
     * @param version the stored version it shows, 0 when nothing is stored yet for the year
     * @param source  STORED (the year's latest version), COPY (from an earlier year) or DEFAULTS
     */
    public record RuleSetDraft(int matchYear, int version, Source source, Integer copiedFrom, RuleSetForm form) {
        public enum Source { STORED, COPY, DEFAULTS }
    }

    /** A field the rule-set form got wrong; {@code messageKey} names the message, {@code args} fill it. */
    public record FieldProblem(String field, String messageKey, List<Object> args) {
        public FieldProblem {
            args = List.copyOf(args);
        }
    }

    /** An applicant whose verdict the edited rule set would change. */
    public record VerdictChange(long applicantId, String externalId, String name, Verdict before, Verdict after) {
    }

    /** The outcome of a preview or a save of an edited rule set. */
    public sealed interface RuleSetResult {
        record Previewed(int applicantsAssessed, List<VerdictChange> changes) implements RuleSetResult {
        }

        record Saved(int matchYear, int version) implements RuleSetResult {
        }

        record Invalid(List<FieldProblem> problems) implements RuleSetResult {
        }
    }
}
