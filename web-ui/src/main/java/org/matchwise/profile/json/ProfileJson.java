package org.matchwise.profile.json;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
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
import org.matchwise.applicant.persistence.AcademicEventEntity;
import org.matchwise.applicant.persistence.ApplicantEntity;
import org.matchwise.applicant.persistence.ClinicalExperienceEntity;
import org.matchwise.applicant.persistence.CycleEntity;
import org.matchwise.applicant.persistence.LetterEntity;
import org.matchwise.applicant.persistence.PracticeAssessmentEntity;
import org.matchwise.applicant.persistence.ProfessionalismEventEntity;
import org.matchwise.applicant.persistence.TimelineEntryEntity;
import org.matchwise.base.api.ColumnLengths;
import org.matchwise.base.api.Limits;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads and writes the applicant profile JSON of profile-format.md. Reading reports every problem at once
 * with its path (unknown fields, missing required fields, bad enum values, impossible dates, scores outside
 * their range), so a client fixes a file in one round trip.
 *
 * <p>Besides the fields of profile-format.md, these optional fields of domain.md's entity list are accepted
 * and written: {@code clinicalExperiences[].supervisor}, {@code letters[].dueDate} and
 * {@code letters[].linkedExperience} (index into clinicalExperiences), {@code timeline[].fullTime} (default
 * false), {@code academicEvents[].description}, {@code cycles[].feedback} and
 * {@code cycles[].specialties[].programsPerTier} ({@code {"REACH": n, "TARGET": n, "SAFETY": n}}).
 */
@Component
public class ProfileJson {

    private static final int MIN_YEAR = 1950;
    private static final int MAX_YEAR = 2100;
    private static final int MAX_SCORE = 999;
    private static final int MAX_COUNT = 10_000;

    private static final String LIST_LIMIT = "matchwise.limits.profile-list";
    // the longest text of each field is its column's length (ColumnLengths): an over-long value is a 400 with its path
    private static final int EXTERNAL_ID = ColumnLengths.of(ApplicantEntity.class, "externalId");
    private static final int GIVEN_NAME = ColumnLengths.of(ApplicantEntity.class, "givenName");
    private static final int FAMILY_NAME = ColumnLengths.of(ApplicantEntity.class, "familyName");
    private static final int EMAIL = ColumnLengths.of(ApplicantEntity.class, "email");
    private static final int SCHOOL_NAME = ColumnLengths.of(ApplicantEntity.class, "medicalSchoolName");
    private static final int SCHOOL_COUNTRY = ColumnLengths.of(ApplicantEntity.class, "medicalSchoolCountry");
    private static final int TARGETS = ColumnLengths.of(ApplicantEntity.class, "targetSpecialties");
    private static final int FORM = ColumnLengths.of(PracticeAssessmentEntity.class, "form");
    private static final int INSTITUTION = ColumnLengths.of(ClinicalExperienceEntity.class, "institution");
    private static final int SUPERVISOR = ColumnLengths.of(ClinicalExperienceEntity.class, "supervisor");
    private static final int WRITER = ColumnLengths.of(LetterEntity.class, "writer");
    private static final int TITLE = ColumnLengths.of(TimelineEntryEntity.class, "title");
    private static final int SUBJECT = ColumnLengths.of(AcademicEventEntity.class, "subject");
    private static final int ACADEMIC_DESCRIPTION = ColumnLengths.of(AcademicEventEntity.class, "description");
    private static final int PROFESSIONALISM_DESCRIPTION = ColumnLengths.of(ProfessionalismEventEntity.class, "description");
    private static final int FEEDBACK = ColumnLengths.of(CycleEntity.class, "feedback");

    private final JsonNodeFactory nodes = JsonNodeFactory.instance;
    private final int maxEntries;

    /** A reader with the default limits ({@link Limits#defaults()}). */
    public ProfileJson() {
        this(Limits.defaults());
    }

    @Autowired
    public ProfileJson(Limits limits) {
        this.maxEntries = limits.profileList();
    }

    /** The most entries a list of a profile may have ({@code matchwise.limits.profile-list}). */
    public int maxEntries() {
        return maxEntries;
    }

    /** Reads a profile from the JSON node found at {@code path} of the request ("" for a bare profile). */
    public ProfileRead read(JsonNode node, String path) {
        List<FieldProblem> problems = new ArrayList<>();
        ApplicantProfile profile = readProfile(node, path, problems);
        return problems.isEmpty() && profile != null ? new ProfileRead.Valid(profile)
                : new ProfileRead.Invalid(problems);
    }

    public ProfileRead read(JsonNode node) {
        return read(node, "");
    }

    ApplicantProfile readProfile(JsonNode node, String path, List<FieldProblem> problems) {
        JsonFields f = JsonFields.object(node, path, problems);
        if (f == null) {
            return null;
        }
        int before = problems.size();
        var b = ApplicantProfile.builder();
        String externalId = f.text("externalId", true, EXTERNAL_ID);
        PersonName name = readName(f);
        String email = f.text("email", false, EMAIL);
        if (email != null && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            f.problem("email", "is not an email address");
        }
        ApplicantType type = f.enumValue("applicantType", ApplicantType.class, true);
        Visa visa = f.enumValue("visa", Visa.class, false);
        MedicalSchool school = readSchool(f);
        LocalDate matriculation = f.date("matriculationDate", true);
        LocalDate graduation = f.date("graduationDate", true);
        List<Specialty> specialties = f.list("targetSpecialties", false, maxEntries, LIST_LIMIT,
                (n, p) -> JsonFields.enumOf(n, Specialty.class, p, problems));
        Integer matchYear = f.integer("matchYear", false, MIN_YEAR, MAX_YEAR);
        List<ExamAttempt> exams = f.list("exams", false, maxEntries, LIST_LIMIT, (n, p) -> exam(n, p, problems));
        List<PracticeAssessment> practice = f.list("practiceAssessments", false, maxEntries, LIST_LIMIT, (n, p) -> practice(n, p, problems));
        List<ClinicalExperience> clinical = f.list("clinicalExperiences", false, maxEntries, LIST_LIMIT, (n, p) -> clinical(n, p, problems));
        List<Letter> letters = f.list("letters", false, maxEntries, LIST_LIMIT, (n, p) -> letter(n, p, problems));
        List<TimelineEntry> timeline = f.list("timeline", false, maxEntries, LIST_LIMIT, (n, p) -> timeline(n, p, problems));
        List<AcademicEvent> academic = f.list("academicEvents", false, maxEntries, LIST_LIMIT, (n, p) -> academic(n, p, problems));
        List<ProfessionalismEvent> professionalism = f.list("professionalismEvents", false, maxEntries, LIST_LIMIT,
                (n, p) -> professionalism(n, p, problems));
        List<Cycle> cycles = f.list("cycles", false, maxEntries, LIST_LIMIT, (n, p) -> cycle(n, p, problems));
        f.rejectUnknown();
        for (int i = 0; i < letters.size(); i++) {
            Integer linked = letters.get(i).linkedExperience();
            if (linked != null && linked >= clinical.size()) {
                problems.add(new FieldProblem(f.pathOf("letters") + "[" + i + "].linkedExperience",
                        "points at clinicalExperiences[" + linked + "], which does not exist"));
            }
        }
        if (problems.size() > before) {
            return null;
        }
        return build(f, problems, () -> b.externalId(externalId).name(name).email(email).applicantType(type)
                .visa(visa == null ? Visa.NONE : visa).medicalSchool(school).matriculationDate(matriculation)
                .graduationDate(graduation).targetSpecialties(specialties).matchYear(matchYear).exams(exams)
                .practiceAssessments(practice).clinicalExperiences(clinical).letters(letters).timeline(timeline)
                .academicEvents(academic).professionalismEvents(professionalism).cycles(cycles).build());
    }

    private PersonName readName(JsonFields f) {
        JsonNode raw = f.raw("name");
        if (raw == null) {
            f.problem("name", "is required");
            return null;
        }
        JsonFields n = JsonFields.object(raw, f.pathOf("name"), f.problems());
        if (n == null) {
            return null;
        }
        String given = n.text("given", true, GIVEN_NAME);
        String family = n.text("family", true, FAMILY_NAME);
        n.rejectUnknown();
        return given == null || family == null ? null : new PersonName(given, family);
    }

    private MedicalSchool readSchool(JsonFields f) {
        JsonNode raw = f.raw("medicalSchool");
        if (raw == null) {
            return null;
        }
        JsonFields s = JsonFields.object(raw, f.pathOf("medicalSchool"), f.problems());
        if (s == null) {
            return null;
        }
        String name = s.text("name", true, SCHOOL_NAME);
        String country = s.text("country", false, SCHOOL_COUNTRY);
        s.rejectUnknown();
        return name == null ? null : new MedicalSchool(name, country);
    }

    private ExamAttempt exam(JsonNode node, String path, List<FieldProblem> problems) {
        return item(node, path, problems, f -> {
            Exam exam = f.enumValue("exam", Exam.class, true);
            LocalDate date = f.date("date", true);
            ExamOutcome outcome = f.enumValue("outcome", ExamOutcome.class, true);
            Integer score = f.integer("score", false, 1, MAX_SCORE);
            return () -> new ExamAttempt(exam, date, outcome, score);
        });
    }

    private PracticeAssessment practice(JsonNode node, String path, List<FieldProblem> problems) {
        return item(node, path, problems, f -> {
            Exam exam = f.enumValue("exam", Exam.class, true);
            String form = f.text("form", true, FORM);
            LocalDate date = f.date("date", true);
            Integer predicted = f.integer("predictedScore", false, 1, MAX_SCORE);
            return () -> new PracticeAssessment(exam, form, date, predicted);
        });
    }

    private ClinicalExperience clinical(JsonNode node, String path, List<FieldProblem> problems) {
        return item(node, path, problems, f -> {
            ClinicalKind kind = f.enumValue("kind", ClinicalKind.class, true);
            Specialty specialty = f.enumValue("specialty", Specialty.class, true);
            String institution = f.text("institution", false, INSTITUTION);
            Setting setting = f.enumValue("setting", Setting.class, false);
            Boolean us = f.bool("us", true);
            LocalDate start = f.date("start", true);
            LocalDate end = f.date("end", false);
            String supervisor = f.text("supervisor", false, SUPERVISOR);
            return () -> new ClinicalExperience(kind, specialty, institution, setting, us, start, end, supervisor);
        });
    }

    private Letter letter(JsonNode node, String path, List<FieldProblem> problems) {
        return item(node, path, problems, f -> {
            String writer = f.text("writer", true, WRITER);
            Specialty specialty = f.enumValue("specialty", Specialty.class, true);
            Boolean us = f.bool("us", true);
            Boolean academic = f.bool("academic", false);
            LetterStatus status = f.enumValue("status", LetterStatus.class, true);
            LetterStrength strength = f.enumValue("strength", LetterStrength.class, false);
            LocalDate date = f.date("date", false);
            Boolean waived = f.bool("waived", false);
            LocalDate due = f.date("dueDate", false);
            Integer linked = f.integer("linkedExperience", false, 0, MAX_COUNT);
            return () -> new Letter(writer, specialty, us, Boolean.TRUE.equals(academic), status, strength, date,
                    Boolean.TRUE.equals(waived), due, linked);
        });
    }

    private TimelineEntry timeline(JsonNode node, String path, List<FieldProblem> problems) {
        return item(node, path, problems, f -> {
            TimelineKind kind = f.enumValue("kind", TimelineKind.class, true);
            String title = f.text("title", false, TITLE);
            LeaveReason reason = f.enumValue("reason", LeaveReason.class, false);
            LocalDate start = f.date("start", true);
            LocalDate end = f.date("end", false);
            Boolean fullTime = f.bool("fullTime", false);
            if (reason != null && kind != null && kind != TimelineKind.LEAVE_OF_ABSENCE) {
                f.problem("reason", "is only for a LEAVE_OF_ABSENCE entry");
            }
            return () -> new TimelineEntry(kind, title, reason, start, end, Boolean.TRUE.equals(fullTime));
        });
    }

    private AcademicEvent academic(JsonNode node, String path, List<FieldProblem> problems) {
        return item(node, path, problems, f -> {
            AcademicKind kind = f.enumValue("kind", AcademicKind.class, true);
            String subject = f.text("subject", false, SUBJECT);
            LocalDate date = f.date("date", true);
            Boolean repeated = f.bool("repeatedAndPassed", false);
            String description = f.text("description", false, ACADEMIC_DESCRIPTION);
            return () -> new AcademicEvent(kind, subject, date, Boolean.TRUE.equals(repeated), description);
        });
    }

    private ProfessionalismEvent professionalism(JsonNode node, String path, List<FieldProblem> problems) {
        return item(node, path, problems, f -> {
            LocalDate date = f.date("date", true);
            String description = f.text("description", true, PROFESSIONALISM_DESCRIPTION);
            Boolean remediation = f.bool("formalRemediation", false);
            Boolean mspe = f.bool("inMspe", false);
            return () -> new ProfessionalismEvent(date, description, Boolean.TRUE.equals(remediation),
                    Boolean.TRUE.equals(mspe));
        });
    }

    private Cycle cycle(JsonNode node, String path, List<FieldProblem> problems) {
        return item(node, path, problems, f -> {
            Integer year = f.integer("matchYear", true, MIN_YEAR, MAX_YEAR);
            CycleOutcome outcome = f.enumValue("outcome", CycleOutcome.class, true);
            List<SpecialtyApplication> applied = f.list("specialties", false, maxEntries, LIST_LIMIT,
                    (n, p) -> specialtyApplication(n, p, problems));
            String feedback = f.text("feedback", false, FEEDBACK);
            return () -> new Cycle(year, outcome, applied, feedback);
        });
    }

    private SpecialtyApplication specialtyApplication(JsonNode node, String path, List<FieldProblem> problems) {
        return item(node, path, problems, f -> {
            Specialty specialty = f.enumValue("specialty", Specialty.class, true);
            Integer programs = f.integer("programsApplied", true, 0, MAX_COUNT);
            Integer interviews = f.integer("interviews", false, 0, MAX_COUNT);
            Map<Tier, Integer> tiers = new EnumMap<>(Tier.class);
            JsonNode rawTiers = f.raw("programsPerTier");
            if (rawTiers != null) {
                JsonFields t = JsonFields.object(rawTiers, f.pathOf("programsPerTier"), problems);
                if (t != null) {
                    for (Tier tier : Tier.values()) {
                        Integer n = t.integer(tier.name(), false, 0, MAX_COUNT);
                        if (n != null) {
                            tiers.put(tier, n);
                        }
                    }
                    t.rejectUnknown();
                }
            }
            return () -> new SpecialtyApplication(specialty, programs, interviews, tiers);
        });
    }

    /** Reads one list item; builds it only when its own fields had no problem. */
    private <T> T item(JsonNode node, String path, List<FieldProblem> problems,
            java.util.function.Function<JsonFields, Supplier<T>> reader) {
        JsonFields f = JsonFields.object(node, path, problems);
        if (f == null) {
            return null;
        }
        int before = problems.size();
        Supplier<T> builder = reader.apply(f);
        f.rejectUnknown();
        if (problems.size() > before) {
            return null;
        }
        return build(f, problems, builder);
    }

    /** Value objects reject the impossible (a score of 400 for a 300-point exam): report it at the item's path. */
    private static <T> T build(JsonFields f, List<FieldProblem> problems, Supplier<T> builder) {
        try {
            return builder.get();
        } catch (IllegalArgumentException | NullPointerException e) {
            problems.add(new FieldProblem(f.path().isEmpty() ? "$" : f.path(), e.getMessage()));
            return null;
        }
    }

    // ---------------------------------------------------------------- writing

    /** The profile as profile-format.md JSON; optional values that are absent are left out. */
    public ObjectNode write(ApplicantProfile p) {
        ObjectNode o = nodes.objectNode();
        o.put("externalId", p.externalId());
        ObjectNode name = o.putObject("name");
        name.put("given", p.name().given());
        name.put("family", p.name().family());
        putIfPresent(o, "email", p.email());
        o.put("applicantType", p.applicantType().name());
        o.put("visa", p.visa().name());
        if (p.medicalSchool() != null) {
            ObjectNode school = o.putObject("medicalSchool");
            school.put("name", p.medicalSchool().name());
            putIfPresent(school, "country", p.medicalSchool().country());
        }
        o.put("matriculationDate", p.matriculationDate().toString());
        o.put("graduationDate", p.graduationDate().toString());
        ArrayNode targets = o.putArray("targetSpecialties");
        p.targetSpecialties().forEach(s -> targets.add(s.name()));
        if (p.matchYear() != null) {
            o.put("matchYear", p.matchYear());
        }
        ArrayNode exams = o.putArray("exams");
        for (ExamAttempt e : p.exams()) {
            ObjectNode x = exams.addObject();
            x.put("exam", e.exam().name());
            x.put("date", e.date().toString());
            x.put("outcome", e.outcome().name());
            if (e.score() != null) {
                x.put("score", e.score());
            }
        }
        ArrayNode practice = o.putArray("practiceAssessments");
        for (PracticeAssessment a : p.practiceAssessments()) {
            ObjectNode x = practice.addObject();
            x.put("exam", a.exam().name());
            x.put("form", a.form());
            x.put("date", a.date().toString());
            if (a.predictedScore() != null) {
                x.put("predictedScore", a.predictedScore());
            }
        }
        ArrayNode clinical = o.putArray("clinicalExperiences");
        for (ClinicalExperience c : p.clinicalExperiences()) {
            ObjectNode x = clinical.addObject();
            x.put("kind", c.kind().name());
            x.put("specialty", c.specialty().name());
            putIfPresent(x, "institution", c.institution());
            putIfPresent(x, "setting", c.setting());
            x.put("us", c.us());
            x.put("start", c.start().toString());
            putIfPresent(x, "end", c.end());
            putIfPresent(x, "supervisor", c.supervisor());
        }
        ArrayNode letters = o.putArray("letters");
        for (Letter l : p.letters()) {
            ObjectNode x = letters.addObject();
            x.put("writer", l.writer());
            x.put("specialty", l.specialty().name());
            x.put("us", l.us());
            x.put("academic", l.academic());
            x.put("status", l.status().name());
            putIfPresent(x, "strength", l.strength());
            putIfPresent(x, "date", l.date());
            x.put("waived", l.waived());
            putIfPresent(x, "dueDate", l.dueDate());
            if (l.linkedExperience() != null) {
                x.put("linkedExperience", l.linkedExperience());
            }
        }
        ArrayNode timeline = o.putArray("timeline");
        for (TimelineEntry t : p.timeline()) {
            ObjectNode x = timeline.addObject();
            x.put("kind", t.kind().name());
            putIfPresent(x, "title", t.title());
            putIfPresent(x, "reason", t.reason());
            x.put("start", t.start().toString());
            putIfPresent(x, "end", t.end());
            x.put("fullTime", t.fullTime());
        }
        ArrayNode academic = o.putArray("academicEvents");
        for (AcademicEvent a : p.academicEvents()) {
            ObjectNode x = academic.addObject();
            x.put("kind", a.kind().name());
            putIfPresent(x, "subject", a.subject());
            x.put("date", a.date().toString());
            x.put("repeatedAndPassed", a.repeatedAndPassed());
            putIfPresent(x, "description", a.description());
        }
        ArrayNode professionalism = o.putArray("professionalismEvents");
        for (ProfessionalismEvent e : p.professionalismEvents()) {
            ObjectNode x = professionalism.addObject();
            x.put("date", e.date().toString());
            x.put("description", e.description());
            x.put("formalRemediation", e.formalRemediation());
            x.put("inMspe", e.inMspe());
        }
        ArrayNode cycles = o.putArray("cycles");
        for (Cycle c : p.cycles()) {
            ObjectNode x = cycles.addObject();
            x.put("matchYear", c.matchYear());
            x.put("outcome", c.outcome().name());
            ArrayNode specialties = x.putArray("specialties");
            for (SpecialtyApplication s : c.specialties()) {
                ObjectNode y = specialties.addObject();
                y.put("specialty", s.specialty().name());
                y.put("programsApplied", s.programsApplied());
                if (s.interviews() != null) {
                    y.put("interviews", s.interviews());
                }
                if (!s.programsPerTier().isEmpty()) {
                    ObjectNode tiers = y.putObject("programsPerTier");
                    s.programsPerTier().forEach((tier, n) -> tiers.put(tier.name(), n));
                }
            }
            putIfPresent(x, "feedback", c.feedback());
        }
        return o;
    }

    private static void putIfPresent(ObjectNode o, String field, Object value) {
        if (value != null) {
            o.put(field, value instanceof Enum<?> e ? e.name() : value.toString());
        }
    }
}
