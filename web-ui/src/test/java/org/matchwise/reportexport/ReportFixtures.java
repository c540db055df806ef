package org.matchwise.reportexport;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.matchwise.AsUser;
import org.matchwise.account.Role;
import org.matchwise.applicant.ApplicantProfile;
import org.matchwise.applicant.ApplicantService;
import org.matchwise.applicant.LeaveReason;
import org.matchwise.applicant.ProfessionalismEvent;
import org.matchwise.applicant.SaveResult;
import org.matchwise.applicant.TimelineEntry;
import org.matchwise.note.persistence.AdvisingNoteEntity;
import org.matchwise.note.persistence.AdvisingNoteRepository;
import org.matchwise.note.NoteVisibility;
import org.matchwise.security.AccountSetup;
import org.matchwise.security.AccountSetup.NewAccount;
import org.matchwise.security.MatchwiseUser;
import org.matchwise.testing.ExampleCases;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Test data for the report tests, stored through the real services (notes through their repository). */
final class ReportFixtures {

    static final String PRIVATE_NOTE = "Private note: discuss the professionalism letter with the dean";
    static final String SHARED_NOTE = "Shared note: book the Pediatrics audition rotation before April";
    static final String PROFESSIONALISM = "repeated late arrivals on the surgery clerkship";

    private ReportFixtures() {
    }

    static void otherSchool(AccountSetup setup) {
        if (!setup.schoolExists("Other School")) {
            setup.createSchoolWithAccounts("Other School", List.of(
                    new NewAccount("admin@other.example", "Olga Admin", Role.ADMIN, "other-admin-pw-12"),
                    new NewAccount("advisor@other.example", "Otto Advisor", Role.ADVISOR, "other-advisor-pw-1")));
        }
    }

    /** A re-applicant with a Step 1 failure, a leave of absence and a professionalism event. */
    static ApplicantProfile profile(String given, String family, int matchYear) {
        return ExampleCases.medPedsStep1Retake().profile().toBuilder().matchYear(matchYear)
                .externalId("RPT-" + UUID.randomUUID())
                .name(given, family)
                .timelineEntry(TimelineEntry.leave(LeaveReason.HEALTH, LocalDate.of(2018, 1, 1), LocalDate.of(2018, 6, 30)))
                .professionalismEvent(new ProfessionalismEvent(LocalDate.of(2019, 11, 1), PROFESSIONALISM, true, true))
                .build();
    }

    static long create(UserDetailsService accounts, ApplicantService applicants, String advisorEmail, ApplicantProfile p) {
        SaveResult result = AsUser.call(accounts, advisorEmail, () -> applicants.create(p, advisorEmail));
        return ((SaveResult.Saved) result).id();
    }

    static void notes(UserDetailsService accounts, AdvisingNoteRepository notes, long applicantId) {
        long advisorId = ((MatchwiseUser) accounts.loadUserByUsername("advisor@demo.example")).id();
        notes.save(new AdvisingNoteEntity(applicantId, advisorId, NoteVisibility.PRIVATE, PRIVATE_NOTE,
                Instant.parse("2026-01-10T10:00:00Z")));
        notes.save(new AdvisingNoteEntity(applicantId, advisorId, NoteVisibility.SHARED, SHARED_NOTE,
                Instant.parse("2026-01-11T10:00:00Z")));
    }

    /** The PDF's text with every run of white space made one space, so wrapped lines still match. */
    static String text(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return oneLine(new PDFTextStripper().getText(document));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String oneLine(String s) {
        return s.replaceAll("\\s+", " ").trim();
    }

    static boolean isPdf(byte[] bytes) {
        return bytes.length > 4 && new String(bytes, 0, 4, java.nio.charset.StandardCharsets.US_ASCII).equals("%PDF");
    }

    static ByteArrayInputStream in(byte[] bytes) {
        return new ByteArrayInputStream(bytes);
    }
}
