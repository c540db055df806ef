package org.matchwise.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManagerFactory;
import java.time.LocalDate;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.matchwise.AsUser;
import org.matchwise.MatchwiseTest;
import org.matchwise.applicant.ApplicantService;
import org.matchwise.note.NoteVisibility;
import org.matchwise.applicant.Specialty;
import org.matchwise.audit.AccessLog;
import org.matchwise.explanation.DraftStatus;
import org.matchwise.remediation.ActionStatus;
import org.matchwise.casefile.CaseViews.CaseLookup;
import org.matchwise.casefile.CaseViews.ChangeResult;
import org.matchwise.casefile.CaseViews.NewAction;
import org.matchwise.casefile.CaseViews.TargetBand;
import org.matchwise.flags.FlagCategory;
import org.matchwise.remediation.Owner;
import org.matchwise.ruleset.RuleSet;
import org.matchwise.security.AccountSetup;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

@MatchwiseTest
class CaseFileServiceTest {

    @Autowired CaseFileService cases;
    @Autowired ApplicantService applicants;
    @Autowired AccessLog accessLog;
    @Autowired AccountSetup setup;
    @Autowired UserDetailsService accounts;
    @Autowired EntityManagerFactory emf;

    private long newCase() {
        return CaseFixtures.create(applicants, CaseFixtures.dana("Sam", "Service"));
    }

    private CaseViews.CaseFile open(long id) {
        return ((CaseLookup.Found) cases.open(id)).file();
    }

    @Test
    @WithUserDetails("advisor@demo.example")
    void opening_a_case_is_written_to_the_access_log() {
        long id = newCase();

        cases.open(id);

        var actions = AsUser.call(accounts, "admin@demo.example", () -> accessLog.ofApplicant(id)).stream()
                .map(AccessLog.Entry::action).toList();
        assertThat(actions).contains("VIEW_PROFILE", "VIEW_ASSESSMENT", "VIEW_NOTES");
    }

    @Test
    @WithUserDetails("advisor@demo.example")
    void another_schools_id_and_an_unknown_id_are_not_found_and_change_nothing() {
        long foreign = CaseFixtures.foreignCase(setup, applicants, accounts);

        assertThat(cases.open(foreign)).isEqualTo(new CaseLookup.NotFound(foreign));
        assertThat(cases.open(Long.MAX_VALUE)).isInstanceOf(CaseLookup.NotFound.class);
        assertThat(cases.addAction(foreign, new NewAction(FlagCategory.LETTERS, "x", Owner.ADVISOR, null)))
                .isEqualTo(new ChangeResult.Refused("casefile.error.notFound"));
        assertThat(cases.addNote(foreign, NoteVisibility.PRIVATE, "x")).isInstanceOf(ChangeResult.Refused.class);
        assertThat(cases.suggestions(foreign, FlagCategory.LETTERS)).isEmpty();
        assertThat(cases.history(foreign)).isEmpty();
        var theirs = AsUser.call(accounts, CaseFixtures.OTHER_ADVISOR, () -> open(foreign));
        assertThat(theirs.actions()).isEmpty();
        assertThat(theirs.notes()).isEmpty();
    }

    @Test
    @WithUserDetails("applicant@demo.example")
    void an_applicant_may_not_use_the_case_file() {
        assertThatThrownBy(() -> cases.open(1)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> cases.addNote(1, NoteVisibility.SHARED, "hi")).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("advisor@demo.example")
    void an_action_revision_without_a_title_or_owner_is_refused_and_a_stale_one_is_a_conflict() {
        long id = newCase();
        var added = (ChangeResult.Done) cases.addAction(id, new NewAction(FlagCategory.LETTERS, "Ask Dr. B", Owner.APPLICANT,
                LocalDate.of(2026, 12, 15)));
        var action = open(id).actions().getFirst();

        assertThat(cases.reviseAction(id, added.id(), action.version(),
                new NewAction(FlagCategory.LETTERS, " ", Owner.ADVISOR, null), ActionStatus.PLANNED, null))
                .isEqualTo(new ChangeResult.Refused("casefile.plan.error.incomplete"));
        assertThat(cases.reviseAction(id, added.id(), action.version(),
                new NewAction(FlagCategory.LETTERS, "Ask Dr. Brandt", null, null), ActionStatus.PLANNED, null))
                .isEqualTo(new ChangeResult.Refused("casefile.plan.error.incomplete"));
        assertThat(cases.reviseAction(id, added.id(), action.version(),
                new NewAction(FlagCategory.LETTERS, "Ask Dr. Brandt", Owner.ADVISOR, null), ActionStatus.PLANNED, null))
                .isInstanceOf(ChangeResult.Done.class);
        assertThat(cases.reviseAction(id, added.id(), action.version(),
                new NewAction(FlagCategory.LETTERS, "Stale", Owner.APPLICANT, null), ActionStatus.PLANNED, null))
                .isInstanceOf(ChangeResult.Conflict.class);
        assertThat(open(id).actions().getFirst()).satisfies(a -> {
            assertThat(a.title()).isEqualTo("Ask Dr. Brandt");
            assertThat(a.owner()).isEqualTo(Owner.ADVISOR);
            assertThat(a.dueDate()).isNull();
        });
    }

    @Test
    @WithUserDetails("advisor@demo.example")
    void a_stale_action_update_is_a_conflict_and_changes_nothing() {
        long id = newCase();
        var added = (ChangeResult.Done) cases.addAction(id, new NewAction(FlagCategory.LETTERS, "Ask Dr. B", Owner.APPLICANT,
                LocalDate.of(2026, 12, 15)));
        var action = open(id).actions().getFirst();

        assertThat(cases.updateAction(id, added.id(), action.version(), ActionStatus.IN_PROGRESS, "asked"))
                .isInstanceOf(ChangeResult.Done.class);
        assertThat(cases.updateAction(id, added.id(), action.version(), ActionStatus.DONE, "stale"))
                .isInstanceOf(ChangeResult.Conflict.class);
        assertThat(open(id).actions().getFirst().state()).isEqualTo(ActionStatus.IN_PROGRESS);
    }

    @Test
    @WithUserDetails("advisor@demo.example")
    void suggestions_are_dated_from_the_rule_sets_calendar() {
        long id = newCase();
        var file = open(id);

        var suggestions = cases.suggestions(id, FlagCategory.LETTERS);

        assertThat(suggestions).isNotEmpty().allSatisfy(s -> assertThat(s.due()).isAfterOrEqualTo(file.cycleDates().asOf()));
        assertThat(file.cycleDates().programsOpen()).isEqualTo(file.calendar().programsOpen());
    }

    @Test
    @WithUserDetails("advisor@demo.example")
    void opening_a_case_costs_as_many_statements_for_a_long_record_as_for_a_short_one() {
        long small = newCase();
        var longer = CaseFixtures.dana("Lena", "Long").toBuilder();
        for (int i = 0; i < 12; i++) {
            longer.letter(new org.matchwise.applicant.Letter("Writer " + i, Specialty.PEDIATRICS, true, true,
                    org.matchwise.applicant.LetterStatus.RECEIVED, null, LocalDate.of(2026, 1, 1 + i), false, null, null));
            longer.timelineEntry(new org.matchwise.applicant.TimelineEntry(org.matchwise.applicant.TimelineKind.VOLUNTEERING,
                    "clinic " + i, null, LocalDate.of(2010 + i, 1, 1), LocalDate.of(2010 + i, 2, 1), false));
        }
        long large = CaseFixtures.create(applicants, longer.build());
        cases.addNote(large, NoteVisibility.PRIVATE, "one");
        cases.addNote(large, NoteVisibility.SHARED, "two");
        cases.addNote(small, NoteVisibility.PRIVATE, "one");
        cases.open(small);
        cases.open(large);

        Statistics stats = emf.unwrap(SessionFactory.class).getStatistics();
        boolean was = stats.isStatisticsEnabled();
        stats.setStatisticsEnabled(true);
        try {
            stats.clear();
            cases.open(small);
            long forSmall = stats.getPrepareStatementCount();
            stats.clear();
            cases.open(large);
            long forLarge = stats.getPrepareStatementCount();

            assertThat(forLarge).isEqualTo(forSmall);
            assertThat(forSmall).isBetween(5L, 60L);
        } finally {
            stats.setStatisticsEnabled(was);
        }
    }

    @Test
    void the_target_band_comes_from_the_rule_sets_score_bands() {
        RuleSet defaults = RuleSet.defaults(2027);

        assertThat(CaseFileService.band(defaults, Specialty.MED_PEDS)).isEqualTo(new TargetBand(230, 240));
        assertThat(CaseFileService.band(defaults, Specialty.PEDIATRICS)).isEqualTo(new TargetBand(228, 235));
        assertThat(CaseFileService.band(defaults, Specialty.INTERNAL_MEDICINE)).isNull();
        assertThat(CaseFileService.band(defaults, Specialty.PSYCHIATRY)).isNull();
    }

    @Test
    @WithUserDetails("advisor@demo.example")
    void a_review_needs_a_comment_and_marks_the_draft_reviewed() {
        long id = newCase();
        var draft = (ChangeResult.Done) cases.addDraft(id, FlagCategory.EXAM_FAILURE,
                org.matchwise.explanation.Placement.INTERVIEW_ANSWER, "In June 2019 I failed Step 1.");

        assertThat(cases.review(id, draft.id(), " ")).isEqualTo(new ChangeResult.Refused("casefile.drafts.error.commentRequired"));
        assertThat(cases.review(id, draft.id(), "Add what changed")).isInstanceOf(ChangeResult.Done.class);
        assertThat(open(id).drafts().getFirst().state()).isEqualTo(DraftStatus.REVIEWED);
    }
}
