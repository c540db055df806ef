package org.matchwise.remediation;

import static org.matchwise.flags.FlagCategory.*;
import static org.matchwise.remediation.RemediationCatalogue.Anchor.*;
import static org.matchwise.remediation.RemediationCatalogue.DueRule.after;
import static org.matchwise.remediation.RemediationCatalogue.DueRule.before;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.regex.Pattern;
import org.matchwise.flags.FlagCategory;

/**
 * The suggested actions for each red-flag category (domain.md, "Remediation catalogue"), held as data:
 * each {@link Entry} names the categories it answers, its default owner, its due date as an offset from a
 * calendar date, and the numbers its text mentions. Titles and descriptions come from
 * {@code org/matchwise/remediation/messages.properties} under {@code action.<CODE>.title} and
 * {@code action.<CODE>.description}, formatted with {@link MessageFormat}: argument {@code {0}} is always
 * the category's name (bundle key {@code category.<CATEGORY>}), and the entry's own arguments follow
 * from {@code {1}}.
 *
 * <p>A due date that is already past on the as-of day becomes the as-of day plus
 * {@link #graceDays()}; a due date on the as-of day itself is not past.
 */
public final class RemediationCatalogue {

    /** The calendar date an action's due date is counted from. */
    public enum Anchor {
        ERAS_OPENING,
        SUBMISSION_OPENS,
        PROGRAMS_OPEN,
        /** The day the suggestion is made: for actions that should start now. */
        AS_OF;

        public LocalDate in(CycleDates dates) {
            return switch (this) {
                case ERAS_OPENING -> dates.erasOpening();
                case SUBMISSION_OPENS -> dates.submissionOpens();
                case PROGRAMS_OPEN -> dates.programsOpen();
                case AS_OF -> dates.asOf();
            };
        }
    }

    /** A due date as "{@code days} days after {@code anchor}" (negative days: before it). */
    public record DueRule(Anchor anchor, int days) {

        public DueRule {
            Objects.requireNonNull(anchor, "anchor");
        }

        public static DueRule before(Anchor anchor, int days) {
            return new DueRule(anchor, -days);
        }

        public static DueRule after(Anchor anchor, int days) {
            return new DueRule(anchor, days);
        }

        public LocalDate from(CycleDates dates) {
            return anchor.in(dates).plusDays(days);
        }
    }

    /**
     * One catalogue entry.
     *
     * @param code       stable identifier: upper case letters, digits and underscores
     * @param categories the flag categories this action answers
     * @param owner      who carries it out by default
     * @param due        when it is due
     * @param arguments  numbers (or other values) formatted into the title and description from {@code {1}} on
     */
    public record Entry(String code, Set<FlagCategory> categories, Owner owner, DueRule due, List<Object> arguments) {

        private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]*");

        public Entry {
            Objects.requireNonNull(code, "code");
            if (!CODE.matcher(code).matches()) {
                throw new IllegalArgumentException("invalid action code: " + code);
            }
            if (categories.isEmpty()) {
                throw new IllegalArgumentException("action " + code + " answers no category");
            }
            categories = Collections.unmodifiableSet(EnumSet.copyOf(categories));
            Objects.requireNonNull(owner, "owner");
            Objects.requireNonNull(due, "due");
            arguments = List.copyOf(arguments);
        }

        public Entry(String code, Set<FlagCategory> categories, Owner owner, DueRule due, Object... arguments) {
            this(code, categories, owner, due, List.of(arguments));
        }
    }

    static final String BUNDLE = "org.matchwise.remediation.messages";

    private final List<Entry> entries;
    private final int graceDays;

    /**
     * @param entries   the catalogue, in the order suggestions are listed; codes must be unique
     * @param graceDays days added to the as-of day when a due date has already passed
     */
    public RemediationCatalogue(List<Entry> entries, int graceDays) {
        this.entries = List.copyOf(entries);
        if (graceDays < 0) {
            throw new IllegalArgumentException("graceDays must not be negative");
        }
        this.graceDays = graceDays;
        Set<String> codes = new HashSet<>();
        for (Entry entry : this.entries) {
            if (!codes.add(entry.code())) {
                throw new IllegalArgumentException("duplicate action code: " + entry.code());
            }
        }
    }

    public List<Entry> entries() {
        return entries;
    }

    public int graceDays() {
        return graceDays;
    }

    /** The suggested actions for one category, in catalogue order, with the base (English) texts. */
    public List<SuggestedAction> suggest(FlagCategory category, CycleDates dates) {
        return suggest(category, dates, Locale.ROOT);
    }

    /** The suggested actions for one category, in catalogue order, with texts in the given locale. */
    public List<SuggestedAction> suggest(FlagCategory category, CycleDates dates, Locale locale) {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(dates, "dates");
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String label = bundle.getString("category." + category.name());
        List<SuggestedAction> actions = new ArrayList<>();
        for (Entry entry : entries) {
            if (!entry.categories().contains(category)) {
                continue;
            }
            Object[] args = new Object[entry.arguments().size() + 1];
            args[0] = label;
            for (int i = 0; i < entry.arguments().size(); i++) {
                args[i + 1] = entry.arguments().get(i);
            }
            LocalDate calendarDue = entry.due().from(dates);
            LocalDate due = calendarDue.isBefore(dates.asOf()) ? dates.asOf().plusDays(graceDays) : calendarDue;
            actions.add(new SuggestedAction(category, entry.code(),
                    format(bundle, "action." + entry.code() + ".title", locale, args),
                    format(bundle, "action." + entry.code() + ".description", locale, args),
                    entry.owner(), due, calendarDue));
        }
        return List.copyOf(actions);
    }

    private static String format(ResourceBundle bundle, String key, Locale locale, Object[] args) {
        return new MessageFormat(bundle.getString(key), locale).format(args);
    }

    /**
     * The default catalogue, from domain.md and the seed articles. Offsets and numbers are defaults an
     * admin may change; where the articles give no date, the offset is the office's judgement, noted here.
     */
    public static RemediationCatalogue defaults() {
        Set<FlagCategory> exams = EnumSet.of(EXAM_FAILURE, LOW_SCORE, MULTIPLE_ATTEMPTS, SCORE_DROP);
        Set<FlagCategory> examRetake = EnumSet.of(EXAM_FAILURE, LOW_SCORE, MULTIPLE_ATTEMPTS);
        Set<FlagCategory> gaps = EnumSet.of(TRAINING_GAP, LEAVE_OF_ABSENCE);
        Set<FlagCategory> clinical = EnumSet.of(LIMITED_USCE, NO_RECENT_CLINICAL, SPECIALTY_EXPOSURE, TIME_SINCE_GRADUATION);
        // Every category a program director reads in the application needs a written explanation.
        Set<FlagCategory> explained = EnumSet.of(EXAM_FAILURE, MULTIPLE_ATTEMPTS, LOW_SCORE, SCORE_DROP,
                TRAINING_GAP, LEAVE_OF_ABSENCE, TIME_SINCE_GRADUATION, NO_RECENT_CLINICAL, ACADEMIC_CONCERN,
                PROFESSIONALISM, MULTIPLE_CYCLES, SPECIALTY_SCATTER);
        List<Entry> entries = List.of(
                // Exams (seeds 000, 002, 004): understand, build a system, sit when ready, aim higher.
                new Entry("EXAM_ROOT_CAUSE", exams, Owner.ADVISOR, after(AS_OF, 14)),
                new Entry("EXAM_STUDY_SYSTEM", examRetake, Owner.APPLICANT, after(AS_OF, 21)),
                // The last test day whose score (about 4 weeks later) reaches programs on opening day.
                new Entry("EXAM_SIT_WHEN_STABLE", examRetake, Owner.APPLICANT, before(PROGRAMS_OPEN, 28), 2),
                new Entry("STEP2_TARGET_ABOVE_STEP1", EnumSet.of(EXAM_FAILURE, LOW_SCORE), Owner.APPLICANT,
                        before(PROGRAMS_OPEN, 28), 20, 25),
                new Entry("SCORE_DROP_OTHER_EVIDENCE", EnumSet.of(SCORE_DROP), Owner.APPLICANT,
                        before(SUBMISSION_OPENS, 30)),
                // Step 2 CK timing (seed 002, domain R16): 28 days' score lag plus 14 days' margin.
                new Entry("STEP2_SCHEDULE", EnumSet.of(STEP2_TIMING), Owner.APPLICANT, before(PROGRAMS_OPEN, 42), 28),
                // Gaps and leaves (seeds 001, 003).
                new Entry("GAP_EXACT_DATES", gaps, Owner.APPLICANT, before(ERAS_OPENING, 60)),
                new Entry("GAP_WHAT_WAS_DONE", gaps, Owner.APPLICANT, before(ERAS_OPENING, 60)),
                new Entry("GAP_STABILITY_EVIDENCE", gaps, Owner.APPLICANT, before(ERAS_OPENING, 30)),
                // Professionalism (seed 001 §4.4, seed 000 FAQ 3).
                new Entry("PROF_FORMAL_REMEDIATION", EnumSet.of(PROFESSIONALISM), Owner.APPLICANT,
                        before(ERAS_OPENING, 90)),
                new Entry("PROF_RELIABILITY_LETTERS", EnumSet.of(PROFESSIONALISM), Owner.APPLICANT,
                        before(SUBMISSION_OPENS, 60)),
                // Academic record (seed 001 §4.2, §3.4: consistent story across MSPE and ERAS).
                new Entry("ACADEMIC_UPWARD_TREND", EnumSet.of(ACADEMIC_CONCERN), Owner.APPLICANT,
                        before(ERAS_OPENING, 60)),
                new Entry("MSPE_CONSISTENCY", EnumSet.of(ACADEMIC_CONCERN, PROFESSIONALISM), Owner.ADVISOR,
                        before(SUBMISSION_OPENS, 30)),
                // Clinical experience (seeds 000, 001 §6.1, 004): hands-on, in the specialty, several months, recent.
                // Booking takes months; finish within 12 months of ERAS opening (domain R8).
                new Entry("USCE_HANDS_ON_ROTATIONS", clinical, Owner.APPLICANT, before(ERAS_OPENING, 150), 3, 12),
                new Entry("STAY_CURRENT", EnumSet.of(TIME_SINCE_GRADUATION, NO_RECENT_CLINICAL), Owner.APPLICANT,
                        before(ERAS_OPENING, 60)),
                // Letters (seed 004): writers need time and material.
                new Entry("LETTERS_REQUEST_MISSING", EnumSet.of(LETTERS), Owner.APPLICANT, before(SUBMISSION_OPENS, 60)),
                new Entry("LETTERS_WRITER_PACKET", EnumSet.of(LETTERS), Owner.APPLICANT, before(SUBMISSION_OPENS, 45)),
                new Entry("LETTERS_UPLOADED", EnumSet.of(LETTERS), Owner.ADVISOR, before(PROGRAMS_OPEN, 7)),
                // Re-applicants (seeds 001 §4.5, 004).
                new Entry("CYCLES_COLLECT_FEEDBACK", EnumSet.of(MULTIPLE_CYCLES), Owner.APPLICANT,
                        before(ERAS_OPENING, 120)),
                new Entry("CYCLES_CONSIDER_DUAL", EnumSet.of(MULTIPLE_CYCLES), Owner.ADVISOR, before(ERAS_OPENING, 60)),
                new Entry("CYCLES_LIST_CHANGES", EnumSet.of(MULTIPLE_CYCLES), Owner.APPLICANT, before(ERAS_OPENING, 30)),
                new Entry("CYCLES_WIDEN_PROGRAM_LIST", EnumSet.of(MULTIPLE_CYCLES), Owner.ADVISOR,
                        before(SUBMISSION_OPENS, 14)),
                // Specialty choice (seeds 001, 003).
                new Entry("SCATTER_CHOOSE_FAMILY", EnumSet.of(SPECIALTY_SCATTER), Owner.ADVISOR, before(ERAS_OPENING, 90)),
                // Data quality (domain R17).
                new Entry("CV_CORRECT_DATES", EnumSet.of(CV_INCONSISTENCY), Owner.APPLICANT, after(AS_OF, 14)),
                // An advisor's own flag has no standard answer: agree one.
                new Entry("MANUAL_AGREE_PLAN", EnumSet.of(MANUAL), Owner.ADVISOR, after(AS_OF, 14)),
                // Explanations (seed 001 §3.3, §5; seed 000: 60 to 90 second interview answers).
                new Entry("EXPLANATION_DRAFT", explained, Owner.APPLICANT, before(SUBMISSION_OPENS, 45)),
                new Entry("EXPLANATION_REVIEW", explained, Owner.ADVISOR, before(SUBMISSION_OPENS, 21)),
                new Entry("EXPLANATION_INTERVIEW_ANSWER", explained, Owner.APPLICANT, after(PROGRAMS_OPEN, 14), 60, 90));
        return new RemediationCatalogue(entries, 7);
    }
}
