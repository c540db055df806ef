package org.matchwise.applicant;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.matchwise.applicant.ApplicantViews.FlagView;
import org.matchwise.assessment.Assessment;
import org.matchwise.flags.Flag;
import org.matchwise.flags.FlagCategory;
import org.matchwise.flags.RuleId;
import org.matchwise.flags.Severity;
import org.matchwise.readiness.ChecklistItem;
import org.matchwise.readiness.ChecklistKind;
import org.matchwise.readiness.DomainAssessment;
import org.matchwise.readiness.Readiness;
import org.matchwise.readiness.ReadinessAssessor;
import org.matchwise.readiness.Reason;
import org.matchwise.text.MessageTemplates;

/**
 * THE one place that decides what an applicant may see of their record (issue 11 item 1, domain.md "Records and
 * privacy"). Every applicant-facing surface goes through it: the REST record and assessment, the portal views, the
 * applicant home, both PDF variants whenever the applicant copy is produced (whoever asks for it), exports of
 * applicant copies, reminder emails and the calendar feed.
 *
 * <p>An applicant never sees: private notes; manual flags (R18) unless the advisor shared them; how and by whom a
 * flag was addressed; letter strength ratings (of any letter, waived or not); professionalism events, their flags
 * (R13) and anything pointing at them; leave reasons; action evidence an advisor marked internal. Reasons, flags
 * and checklist items are worded here for the applicant (e.g. "A letter needs attention; talk to your advisor"),
 * never with the office's finding; only a shared manual flag keeps the advisor's words, because the advisor wrote
 * them for the applicant. An applicant edits only their progress sections ({@link #mergeApplicantEdit}).
 */
public final class ApplicantProjection {

    /** Profile sections an applicant never sees (nor any reference into them). */
    public static final Set<String> HIDDEN_SECTIONS = Set.of("professionalismEvents");

    private static final String WORDS = "org.matchwise.applicant.projection";

    /** Checklist kinds worded from a flag category: the projection rewords them and drops hidden categories. */
    private static final Set<ChecklistKind> BY_CATEGORY = EnumSet.of(ChecklistKind.EXPLANATION_MISSING,
            ChecklistKind.EXPLANATION_NOT_REVIEWED, ChecklistKind.INTERVIEW_ANSWER, ChecklistKind.REAPPLICATION_CHANGES);

    private ApplicantProjection() {
    }

    // ------------------------------------------------------------------ the record

    /** The record as its applicant sees it: no professionalism events, no leave reasons, no letter ratings. */
    public static ApplicantProfile profile(ApplicantProfile p) {
        return p.toBuilder()
                .professionalismEvents(List.of())
                .timeline(p.timeline().stream().map(t -> t.reason() == null ? t
                        : new TimelineEntry(t.kind(), t.title(), null, t.start(), t.end(), t.fullTime())).toList())
                .letters(p.letters().stream().map(l -> l.strength() == null ? l
                        : new Letter(l.writer(), l.specialty(), l.us(), l.academic(), l.status(), null, l.date(),
                                l.waived(), l.dueDate(), l.linkedExperience())).toList())
                .build();
    }

    /** Entry references (evidence, unverified entries) without those into hidden sections. */
    public static List<String> references(List<String> refs) {
        return refs.stream().filter(ApplicantProjection::visibleReference).toList();
    }

    static boolean visibleReference(String ref) {
        return HIDDEN_SECTIONS.stream().noneMatch(ref::startsWith);
    }

    /**
     * The record after an applicant's edit: their progress sections from {@code submitted}, everything else from
     * {@code stored}; values they could not see (leave reasons, letters' ratings) are kept.
     */
    static ApplicantProfile mergeApplicantEdit(ApplicantProfile stored, ApplicantProfile submitted) {
        List<TimelineEntry> timeline = new ArrayList<>();
        for (int i = 0; i < submitted.timeline().size(); i++) {
            TimelineEntry t = submitted.timeline().get(i);
            TimelineEntry was = i < stored.timeline().size() ? stored.timeline().get(i) : null;
            if (t.isLeave() && t.reason() == null && was != null && was.isLeave()) {
                t = new TimelineEntry(t.kind(), t.title(), was.reason(), t.start(), t.end(), t.fullTime());
            }
            timeline.add(t);
        }
        List<Letter> letters = new ArrayList<>();
        for (int i = 0; i < submitted.letters().size(); i++) {
            Letter l = submitted.letters().get(i);
            Letter was = i < stored.letters().size() ? stored.letters().get(i) : null;
            // the strength is the advisor's rating: an applicant neither sets nor clears it
            letters.add(new Letter(l.writer(), l.specialty(), l.us(), l.academic(), l.status(),
                    was == null ? null : was.strength(), l.date(), l.waived(), l.dueDate(), l.linkedExperience()));
        }
        return stored.toBuilder()
                .exams(submitted.exams())
                .practiceAssessments(submitted.practiceAssessments())
                .clinicalExperiences(submitted.clinicalExperiences())
                .letters(letters)
                .timeline(timeline)
                .cycles(submitted.cycles())
                .build();
    }

    // ------------------------------------------------------------------ flags, notes, evidence

    /** Whether an applicant sees a flag at all: never R13, an R18 only when the advisor shared it. */
    public static boolean sees(RuleId rule, boolean shared) {
        return rule != RuleId.R13 && rule.category() != FlagCategory.PROFESSIONALISM && (rule != RuleId.R18 || shared);
    }

    /** A flag's sentence for the applicant: a shared manual flag in the advisor's words, any other from its category. */
    public static String flagText(RuleId rule, String message, boolean shared, Locale locale) {
        return rule == RuleId.R18 && shared ? message : words(locale).get("flag." + rule.category().name());
    }

    /** The stored flags an applicant sees, worded for them, without how or by whom they were addressed. */
    public static List<FlagView> flags(List<FlagView> flags, Locale locale) {
        return flags.stream().filter(f -> sees(f.rule(), f.shared()))
                .map(f -> new FlagView(f.id(), f.rule(), f.category(), f.severity(), f.pattern(),
                        flagText(f.rule(), f.message(), f.shared(), locale), references(f.evidence()), f.state(),
                        f.openedOn(), f.closedOn(), null, null, null, f.ruleSetVersion(), f.shared()))
                .toList();
    }

    /** Whether an applicant reads a note: only one the advisor shared. */
    public static boolean seesNote(boolean shared) {
        return shared;
    }

    /** Action evidence as the applicant sees it: nothing when an advisor marked it internal. */
    public static String evidence(String note, boolean internal) {
        return internal ? null : note;
    }

    // ------------------------------------------------------------------ the assessment

    /**
     * The assessment as its applicant sees it. {@code sharedManualMessages}: the messages of the record's manual
     * flags that advisors shared (an assessment carries manual flags by their message only).
     */
    public static Assessment assessment(Assessment a, Collection<String> sharedManualMessages, Locale locale) {
        MessageTemplates m = words(locale);
        Set<String> shared = Set.copyOf(sharedManualMessages);
        List<Flag> flags = new ArrayList<>();
        for (Flag f : a.flags()) {
            boolean isShared = f.rule() == RuleId.R18 && shared.contains(f.message());
            if (sees(f.rule(), isShared)) {
                flags.add(new Flag(f.rule(), f.category(), f.severity(), f.pattern(),
                        flagText(f.rule(), f.message(), isShared, locale), references(f.evidence())));
            }
        }
        Readiness r = a.readiness();
        List<Reason> reasons = reasons(r.reasons(), shared, m);
        List<DomainAssessment> domains = r.domains().stream().map(d -> {
            List<Reason> points = reasons(d.points(), shared, m);
            Severity worst = points.stream().filter(p -> p.rule() != null && p.severity() != null)
                    .map(Reason::severity).reduce(Severity::max).orElse(null);
            return new DomainAssessment(d.domain(), worst, points);
        }).toList();
        List<ChecklistItem> checklist = new ArrayList<>();
        for (ChecklistItem c : r.checklist()) {
            ChecklistItem projected = checklistItem(c, a.flags(), flags, m);
            if (projected != null) {
                checklist.add(projected);
            }
        }
        Readiness readiness = new Readiness(r.verdict(), reasons, checklist, domains, r.figures(),
                r.cycleComparison(), r.disclaimer(), r.season());
        return new Assessment(a.matchYear(), a.asOf(), a.ruleSet(), flags, a.step2Timing(), readiness);
    }

    private static List<Reason> reasons(List<Reason> in, Set<String> shared, MessageTemplates m) {
        List<Reason> out = new ArrayList<>();
        for (Reason x : in) {
            if (x.rule() == null) {
                // a figure (months of US experience, letters counted, Step 2 CK timing, programs): the readiness's
                // own wording of the applicant's entries and the calendar, nothing the office wrote
                out.add(new Reason(null, x.severity(), x.blocking(), x.text(), references(x.evidence())));
                continue;
            }
            boolean isShared = x.rule() == RuleId.R18 && shared.contains(x.text());
            if (!sees(x.rule(), isShared) || x.evidence().stream().anyMatch(e -> !visibleReference(e))) {
                continue;
            }
            String text;
            if (x.rule() == RuleId.R18) {
                text = x.text();
            } else if (x.severity() == null) {
                // a status line of a visible category (its explanation's state, what is new since the last cycle),
                // worded by the readiness from the category and the applicant's entries
                text = x.text();
            } else {
                String sentence = m.get("flag." + x.rule().category().name());
                text = x.blocking() ? m.get("blocking", sentence) : sentence;
            }
            out.add(new Reason(x.rule(), x.severity(), x.blocking(), text, references(x.evidence())));
        }
        return out;
    }

    private static ChecklistItem checklistItem(ChecklistItem c, List<Flag> all, List<Flag> visible, MessageTemplates m) {
        if (c.evidence().stream().anyMatch(e -> !visibleReference(e)) && !BY_CATEGORY.contains(c.kind())) {
            return null;
        }
        if (!BY_CATEGORY.contains(c.kind())) {
            // worded by the readiness from the applicant's own entries and the season's calendar
            return c;
        }
        if (c.kind() == ChecklistKind.REAPPLICATION_CHANGES) {
            List<FlagCategory> open = new ArrayList<>();
            List<String> evidence = new ArrayList<>();
            for (Flag f : visible) {
                if (f.severity().atLeast(Severity.MEDIUM) && !open.contains(f.category())) {
                    open.add(f.category());
                    evidence.addAll(f.evidence());
                }
            }
            return new ChecklistItem(c.kind(), open.isEmpty() ? m.get("check.REAPPLICATION_CHANGES.none", c.due())
                    : m.get("check.REAPPLICATION_CHANGES", c.due(), open), evidence, c.due());
        }
        // explanation and interview-answer items carry the evidence of the flag they are about
        FlagCategory category = all.stream()
                .filter(f -> ReadinessAssessor.EXPLAINED.contains(f.category()) && f.evidence().equals(c.evidence()))
                .map(Flag::category).findFirst().orElse(null);
        if (category == null || !sees(ruleOf(category), false)) {
            return null;
        }
        return new ChecklistItem(c.kind(), m.get("check." + c.kind().name(), category), references(c.evidence()), c.due());
    }

    private static RuleId ruleOf(FlagCategory category) {
        for (RuleId r : RuleId.values()) {
            if (r.category() == category) {
                return r;
            }
        }
        return RuleId.R18;
    }

    private static MessageTemplates words(Locale locale) {
        return MessageTemplates.of(WORDS, locale == null ? Locale.ENGLISH : locale);
    }
}
