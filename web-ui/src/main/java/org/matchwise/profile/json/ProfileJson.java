package org.matchwise.profile.json;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.matchwise.applicant.AcademicEvent;
import org.matchwise.applicant.AcademicKind;
import org.matchwise.applicant.ApplicantProfile;
import org.matchwise.applicant.ApplicantType;
import org.matchwise.applicant.ClinicalExperience;
import org.matchwise.applicant.ClinicalKind;
import org.matchwise.applicant.Cycle;
import org.matchwise.applicant.CycleOutcome;
import org.matchwise.applicant.Exam;
import org.matchwise.applicant.ExamAttempt;
import org.matchwise.applicant.ExamOutcome;
import org.matchwise.applicant.LeaveReason;
import org.matchwise.applicant.Letter;
import org.matchwise.applicant.LetterStatus;
import org.matchwise.applicant.LetterStrength;
import org.matchwise.applicant.MedicalSchool;
import org.matchwise.applicant.PersonName;
import org.matchwise.applicant.PracticeAssessment;
import org.matchwise.applicant.ProfessionalismEvent;
import org.matchwise.applicant.Setting;
import org.matchwise.applicant.Specialty;
import org.matchwise.applicant.SpecialtyApplication;
import org.matchwise.applicant.Tier;
import org.matchwise.applicant.TimelineEntry;
import org.matchwise.applicant.TimelineKind;
import org.matchwise.applicant.Visa;
import org.matchwise.base.api.Limits;
import org.matchwise.profile.json.ProfileDocument.CycleJson;
import org.matchwise.profile.json.ProfileDocument.TiersJson;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Reads and writes the applicant profile JSON of profile-format.md. Reading binds the JSON to {@link ProfileDocument}
 * with Jackson, validates it with Bean Validation and maps it to core's {@link ApplicantProfile}, reporting every
 * problem at once with its path (unknown fields, missing required fields, bad enum values, impossible dates, scores
 * outside their range), so a client fixes a file in one round trip.
 *
 * <p>Besides the fields of profile-format.md, these optional fields of domain.md's entity list are accepted
 * and written: {@code clinicalExperiences[].supervisor}, {@code letters[].dueDate} and
 * {@code letters[].linkedExperience} (index into clinicalExperiences), {@code timeline[].fullTime} (default
 * false), {@code academicEvents[].description}, {@code cycles[].feedback} and
 * {@code cycles[].specialties[].programsPerTier} ({@code {"REACH": n, "TARGET": n, "SAFETY": n}}).
 *
 * <p>This is the API's format. Stored cycle snapshots have their own, versioned one
 * ({@code org.matchwise.applicant.snapshot}), so the API may tighten its input rules without making a stored
 * snapshot unreadable.
 */
@Component
public class ProfileJson {

    private static final String LIST_LIMIT = "matchwise.limits.profile-list";

    /** Every enum of the wire records (and of the other bodies read the same way), read strictly by name. */
    private static final ProblemCollectingReader READER = new ProblemCollectingReader(ApplicantType.class, Visa.class,
            Specialty.class, Exam.class, ExamOutcome.class, ClinicalKind.class, Setting.class, LetterStatus.class,
            LetterStrength.class, TimelineKind.class, LeaveReason.class, AcademicKind.class, CycleOutcome.class,
            Tier.class);

    private final int maxEntries;

    /** A reader with the default limits ({@link Limits#defaults()}). */
    public ProfileJson() {
        this(Limits.defaults());
    }

    @Autowired
    public ProfileJson(Limits limits) {
        this.maxEntries = limits.profileList();
    }

    /** The binding reader shared by every body that embeds a profile (a preview request, an import). */
    public static ProblemCollectingReader reader() {
        return READER;
    }

    /** The most entries a list of a profile may have ({@code matchwise.limits.profile-list}). */
    public int maxEntries() {
        return maxEntries;
    }

    /** Reads a profile from the JSON node found at {@code path} of the request ("" for a bare profile). */
    public ProfileRead read(JsonNode node, String path) {
        ProblemCollectingReader.Bound<ProfileDocument> bound = READER.read(node, ProfileDocument.class, path);
        List<FieldProblem> problems = new ArrayList<>(bound.problems());
        ApplicantProfile profile = bound.value() == null ? null : toProfile(bound.value(), path, problems);
        return problems.isEmpty() && profile != null ? new ProfileRead.Valid(profile)
                : new ProfileRead.Invalid(problems);
    }

    public ProfileRead read(JsonNode node) {
        return read(node, "");
    }

    /**
     * Checks what the constraints of a bound {@link ProfileDocument} at {@code path} cannot say and maps it to a
     * profile, adding every problem to {@code problems} (which already holds the binding and validation problems of
     * the request). The profile is null when any problem is found.
     */
    public ApplicantProfile toProfile(ProfileDocument d, String path, List<FieldProblem> problems) {
        Paths at = new Paths(path);
        limit(problems, at.of("targetSpecialties"), d.targetSpecialties());
        limit(problems, at.of("exams"), d.exams());
        limit(problems, at.of("practiceAssessments"), d.practiceAssessments());
        limit(problems, at.of("clinicalExperiences"), d.clinicalExperiences());
        limit(problems, at.of("letters"), d.letters());
        limit(problems, at.of("timeline"), d.timeline());
        limit(problems, at.of("academicEvents"), d.academicEvents());
        limit(problems, at.of("professionalismEvents"), d.professionalismEvents());
        limit(problems, at.of("cycles"), d.cycles());
        for (int i = 0; i < list(d.cycles()).size(); i++) {
            CycleJson c = d.cycles().get(i);
            if (c != null) {
                limit(problems, at.of("cycles") + "[" + i + "].specialties", c.specialties());
            }
        }
        for (int i = 0; i < list(d.timeline()).size(); i++) {
            ProfileDocument.TimelineJson t = d.timeline().get(i);
            if (t != null && t.reason() != null && t.kind() != null && t.kind() != TimelineKind.LEAVE_OF_ABSENCE) {
                add(problems, at.of("timeline") + "[" + i + "].reason", "is only for a LEAVE_OF_ABSENCE entry");
            }
        }
        int experiences = list(d.clinicalExperiences()).size();
        for (int i = 0; i < list(d.letters()).size(); i++) {
            ProfileDocument.LetterJson l = d.letters().get(i);
            if (l != null && l.linkedExperience() != null && l.linkedExperience() >= experiences) {
                add(problems, at.of("letters") + "[" + i + "].linkedExperience",
                        "points at clinicalExperiences[" + l.linkedExperience() + "], which does not exist");
            }
        }
        // core's value objects refuse the impossible (a score of 400 for a 300-point exam): at the entry's path
        List<ExamAttempt> exams = items(problems, at.of("exams"), d.exams(), e -> () -> new ExamAttempt(e.exam(),
                e.date(), e.outcome(), e.score()));
        List<PracticeAssessment> practice = items(problems, at.of("practiceAssessments"), d.practiceAssessments(),
                a -> () -> new PracticeAssessment(a.exam(), text(a.form()), a.date(), a.predictedScore()));
        List<ClinicalExperience> clinical = items(problems, at.of("clinicalExperiences"), d.clinicalExperiences(),
                c -> () -> new ClinicalExperience(c.kind(), c.specialty(), text(c.institution()), c.setting(), c.us(),
                        c.start(), c.end(), text(c.supervisor())));
        List<Letter> letters = items(problems, at.of("letters"), d.letters(), l -> () -> new Letter(text(l.writer()),
                l.specialty(), l.us(), Boolean.TRUE.equals(l.academic()), l.status(), l.strength(), l.date(),
                Boolean.TRUE.equals(l.waived()), l.dueDate(), l.linkedExperience()));
        List<TimelineEntry> timeline = items(problems, at.of("timeline"), d.timeline(), t -> () -> new TimelineEntry(
                t.kind(), text(t.title()), t.reason(), t.start(), t.end(), Boolean.TRUE.equals(t.fullTime())));
        List<AcademicEvent> academic = items(problems, at.of("academicEvents"), d.academicEvents(),
                a -> () -> new AcademicEvent(a.kind(), text(a.subject()), a.date(),
                        Boolean.TRUE.equals(a.repeatedAndPassed()), text(a.description())));
        List<ProfessionalismEvent> professionalism = items(problems, at.of("professionalismEvents"),
                d.professionalismEvents(), e -> () -> new ProfessionalismEvent(e.date(), text(e.description()),
                        Boolean.TRUE.equals(e.formalRemediation()), Boolean.TRUE.equals(e.inMspe())));
        List<Cycle> cycles = new ArrayList<>();
        for (int i = 0; i < list(d.cycles()).size(); i++) {
            CycleJson c = d.cycles().get(i);
            String cyclePath = at.of("cycles") + "[" + i + "]";
            List<SpecialtyApplication> applied = items(problems, cyclePath + ".specialties", c == null ? null
                    : c.specialties(), s -> () -> new SpecialtyApplication(s.specialty(), s.programsApplied(),
                            s.interviews(), tiers(s.programsPerTier())));
            Cycle cycle = c == null ? null : item(problems, cyclePath, () -> new Cycle(c.matchYear(), c.outcome(),
                    applied, text(c.feedback())));
            if (cycle != null) {
                cycles.add(cycle);
            }
        }
        if (!problems.isEmpty()) {
            return null;
        }
        return item(problems, path, () -> ApplicantProfile.builder()
                .externalId(text(d.externalId()))
                .name(new PersonName(text(d.name().given()), text(d.name().family())))
                .email(text(d.email()))
                .applicantType(d.applicantType())
                .visa(d.visa() == null ? Visa.NONE : d.visa())
                .medicalSchool(d.medicalSchool() == null ? null
                        : new MedicalSchool(text(d.medicalSchool().name()), text(d.medicalSchool().country())))
                .matriculationDate(d.matriculationDate())
                .graduationDate(d.graduationDate())
                .targetSpecialties(list(d.targetSpecialties()))
                .matchYear(d.matchYear())
                .exams(exams).practiceAssessments(practice).clinicalExperiences(clinical).letters(letters)
                .timeline(timeline).academicEvents(academic).professionalismEvents(professionalism).cycles(cycles)
                .build());
    }

    // ---------------------------------------------------------------- writing

    /** The profile as profile-format.md JSON; optional values that are absent are left out. */
    public JsonNode write(ApplicantProfile p) {
        return READER.mapper().valueToTree(ProfileDocument.of(p));
    }

    /** The profile as its wire record, for a typed response body. */
    public ProfileDocument document(ApplicantProfile p) {
        return ProfileDocument.of(p);
    }

    // ---------------------------------------------------------------- helpers

    /** A list over the limit is one problem naming the limit; the problems of its entries are not listed. */
    private void limit(List<FieldProblem> problems, String path, List<?> list) {
        if (list != null && list.size() > maxEntries) {
            problems.removeIf(p -> p.path().startsWith(path + "["));
            problems.add(new FieldProblem(path, "has " + list.size() + " entries; at most " + maxEntries
                    + " are allowed (" + LIST_LIMIT + ")"));
        }
    }

    /** Builds each entry whose own fields had no problem; a refusal of core is reported at the entry's path. */
    private static <W, T> List<T> items(List<FieldProblem> problems, String path, List<W> wire,
            Function<W, Supplier<T>> builder) {
        List<T> items = new ArrayList<>();
        if (problems.stream().anyMatch(p -> p.path().equals(path))) {
            return items; // the list itself is wrong (not an array, over the limit): its entries are not read
        }
        for (int i = 0; i < list(wire).size(); i++) {
            W w = wire.get(i);
            T item = w == null ? null : item(problems, path + "[" + i + "]", builder.apply(w));
            if (item != null) {
                items.add(item);
            }
        }
        return items;
    }

    /** Builds one value when nothing at or inside {@code path} has a problem; null (with a problem) when core refuses. */
    private static <T> T item(List<FieldProblem> problems, String path, Supplier<T> builder) {
        if (ProblemCollectingReader.covered(problems, path)) {
            return null;
        }
        try {
            return builder.get();
        } catch (IllegalArgumentException | NullPointerException e) {
            problems.add(new FieldProblem(path.isEmpty() ? "$" : path, e.getMessage()));
            return null;
        }
    }

    private static void add(List<FieldProblem> problems, String path, String reason) {
        if (!ProblemCollectingReader.covered(problems, path)) {
            problems.add(new FieldProblem(path, reason));
        }
    }

    private static Map<Tier, Integer> tiers(TiersJson t) {
        Map<Tier, Integer> tiers = new EnumMap<>(Tier.class);
        if (t != null) {
            put(tiers, Tier.REACH, t.reach());
            put(tiers, Tier.TARGET, t.target());
            put(tiers, Tier.SAFETY, t.safety());
        }
        return tiers;
    }

    private static void put(Map<Tier, Integer> tiers, Tier tier, Integer n) {
        if (n != null) {
            tiers.put(tier, n);
        }
    }

    /** A text as stored: trimmed, and null when nothing is left. */
    private static String text(String s) {
        if (s == null) {
            return null;
        }
        String t = s.trim();
        return t.isEmpty() ? null : t;
    }

    private static <T> List<T> list(List<T> list) {
        return list == null ? List.of() : list;
    }

    /** Paths under a base: {@code profile.exams}, or {@code exams} for a bare profile. */
    private record Paths(String base) {
        String of(String field) {
            return base.isEmpty() ? field : base + "." + field;
        }
    }
}
