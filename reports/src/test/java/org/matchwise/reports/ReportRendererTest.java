package org.matchwise.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.matchwise.readiness.Verdict;

class ReportRendererTest {

    private static final ReportRenderer RENDERER = new ReportRenderer();

    @Test
    void progressSummaryShowsTheApplicantAndEveryOpenFlagWithItsEvidenceAndPatternMark() {
        String text = PdfText.of(RENDERER.render(SampleReports.progress(), Variant.OFFICE, Locale.US));

        assertThat(text).contains(SampleReports.NAME, "Match 2027 — IMG re-applicants", "match year 2027");
        for (FlagLine flag : SampleReports.openFlags()) {
            assertThat(text).contains(flag.rule().name() + " · ", flag.summary());
            flag.evidence().forEach(e -> assertThat(text).contains(e.description()));
        }
        assertThat(text).contains("Isolated, recovered", "Exam failure", "Step 2 CK timing");
        assertThat(text).contains("USMLE Step 1", "Fail", "Pass", "Scheduled");
        assertThat(text).contains("2 of 6 actions done, 1 overdue.");
        assertThat(text).contains("Step 2 CK is scheduled for Sep 2, 2026; the score is expected on Sep 30, 2026, "
                + "after programs' opening day (Sep 24, 2026).");
        assertThat(text).contains("Pediatrics: not covered by US experience");
        assertThat(text).contains("Book Step 2 CK for July");
    }

    @Test
    void readinessReportStatesTheVerdictEveryReasonWithItsRuleTheRuleSetAndTheDisclaimer() {
        String text = PdfText.of(RENDERER.render(SampleReports.readiness(), Variant.OFFICE, Locale.US));

        assertThat(text).contains(SampleReports.NAME, "Reapplication readiness report");
        assertThat(text).contains("Not ready — consider delaying this cycle");
        assertThat(text).contains("Advice, not a prediction of match outcome.");
        for (ReportReason reason : SampleReports.readiness().reasons()) {
            assertThat(text).contains(reason.rule().name() + " · ", reason.statement());
        }
        assertThat(text).contains("sets the verdict");
        assertThat(text).contains("Rule set used: Caribe Norte Advising Office, match year 2027, version 3");
        assertThat(text).contains("Letter received: Dr. Samuel Adeyemi, Internal Medicine", "Short by 28");
        assertThat(text).contains("What changed", "Practice scores up from 209 to 229", "What did not change",
                "Step 2 CK still not taken");
    }

    @Test
    void everyVerdictPrintsItsOwnWordsAndTheDisclaimer() {
        for (Verdict verdict : Verdict.values()) {
            ReadinessReport r = SampleReports.readiness();
            ReadinessReport model = new ReadinessReport(r.header(), r.applicant(), r.cycle(), verdict, r.reasons(),
                    r.checklist(), null, r.strategy(), r.ruleSet(), r.sharedNotes(), r.privateNotes());
            String text = PdfText.of(RENDERER.render(model, Variant.APPLICANT, Locale.US));
            assertThat(text).contains(new ReportMessages(Locale.US).get("readiness.verdict." + verdict.name()))
                    .contains("Advice, not a prediction of match outcome.")
                    .contains("First application: there is no earlier cycle");
        }
    }

    @Test
    void anEmptyChecklistSaysNothingIsOpenRatherThanZeroOfZero() {
        ReadinessReport r = SampleReports.readiness();
        ReadinessReport model = new ReadinessReport(r.header(), r.applicant(), r.cycle(), r.verdict(), r.reasons(),
                List.of(), null, r.strategy(), r.ruleSet(), r.sharedNotes(), r.privateNotes());

        String text = PdfText.of(RENDERER.render(model, Variant.OFFICE, Locale.US));

        assertThat(text).contains("Nothing on the checklist is open.").doesNotContain("0 of 0");
    }

    @Test
    void noReadinessReportEndsOnAPageWithNothingButTheRuleSetLineWhereverItsLastLinesFall() {
        // fewer or more reasons and shared notes move the closing lines (disclaimer, rule set) through a page's foot
        ReadinessReport r = SampleReports.readiness();
        for (int reasons = 1; reasons <= r.reasons().size(); reasons++) {
            for (int notes = 0; notes <= 14; notes++) {
                ReadinessReport model = new ReadinessReport(r.header(), r.applicant(), r.cycle(), r.verdict(),
                        r.reasons().subList(0, reasons), List.of(), null, r.strategy(), r.ruleSet(), notes(notes),
                        List.of());
                byte[] pdf = RENDERER.render(model, Variant.OFFICE, Locale.US);
                List<String> pages = PdfText.pages(pdf);
                String last = pages.getLast();
                assertThat(PdfPages.bodyInk(pdf, pages.size() - 1)).as("ink on the last page, %d reasons and %d notes",
                        reasons, notes).isPositive();
                assertThat(last.contains("Rule set used") && !last.contains("Advice, not a prediction"))
                        .as("the rule-set line without the disclaimer above it, %d reasons and %d notes: %s", reasons,
                                notes, last).isFalse();
            }
        }
    }

    @Test
    void noProgressSummaryEndsOnAnEmptyPageWhereverItsLastPartFalls() {
        // fewer letters and plan actions move the Step 2 CK chart, the last part without notes, through a page's foot;
        // more and more shared notes, printed after it, do the same with the last note
        ProgressSummary s = SampleReports.progress();
        List<ProgressSummary> models = new ArrayList<>();
        for (int actions = 0; actions <= s.remediation().actions().size(); actions++) {
            for (int letters = 0; letters <= s.letters().size(); letters++) {
                RemediationPlan plan = new RemediationPlan(s.remediation().lastReviewed(),
                        s.remediation().actions().subList(0, actions));
                models.add(new ProgressSummary(s.header(), s.applicant(), s.cycle(), s.exams(), s.practiceScores(),
                        s.scoreTarget(), s.usce(), s.letters().subList(0, letters), s.openFlags(), plan, s.step2(),
                        List.of(), List.of()));
            }
        }
        for (int notes = 1; notes <= 12; notes++) {
            models.add(new ProgressSummary(s.header(), s.applicant(), s.cycle(), s.exams(), s.practiceScores(),
                    s.scoreTarget(), s.usce(), s.letters(), s.openFlags(), s.remediation(), s.step2(), notes(notes),
                    List.of()));
        }
        for (ProgressSummary model : models) {
            byte[] pdf = RENDERER.render(model, Variant.OFFICE, Locale.US);
            int pages = PdfText.pages(pdf).size();
            assertThat(PdfPages.bodyInk(pdf, pages - 1)).as("ink on the last page with %d actions, %d letters, %d notes",
                    model.remediation().actions().size(), model.letters().size(), model.sharedNotes().size())
                    .isPositive();
        }
    }

    private static List<NoteLine> notes(int count) {
        List<NoteLine> notes = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            notes.add(new NoteLine(LocalDate.of(2026, 3, 5), "Dr. Helen Marsh", "Note " + i + "."));
        }
        return notes;
    }

    @Test
    void aNameWithAccentsAndNonLatinLettersPrintsExactlyAsWritten() {
        byte[] progress = RENDERER.render(SampleReports.progress(SampleReports.NON_LATIN_NAME), Variant.APPLICANT, Locale.US);
        byte[] readiness = RENDERER.render(SampleReports.readiness(SampleReports.NON_LATIN_NAME), Variant.APPLICANT, Locale.US);

        assertThat(PdfText.of(progress)).contains("Łucja Ñúñez-Øberg").doesNotContain("#ucja");
        assertThat(PdfText.of(readiness)).contains("Łucja Ñúñez-Øberg");
        assertThat(PdfMetadata.of(progress).title()).contains("Łucja Ñúñez-Øberg");
    }

    @Test
    void theApplicantCopyLeavesOutPrivateNotesLeaveReasonsProfessionalismDetailsAndLetterRatings() {
        String office = PdfText.of(RENDERER.render(SampleReports.progress(), Variant.OFFICE, Locale.US));
        String applicant = PdfText.of(RENDERER.render(SampleReports.progress(), Variant.APPLICANT, Locale.US));

        // the office copy has it all, so the absence below is the redaction and not missing data
        assertThat(office).contains(SampleReports.PRIVATE_NOTE, SampleReports.LEAVE_REASON,
                SampleReports.PROFESSIONALISM_DETAIL, "Advisor's rating", "Private advising notes", "Office copy");
        assertThat(applicant).doesNotContain(SampleReports.PRIVATE_NOTE, SampleReports.LEAVE_REASON,
                SampleReports.PROFESSIONALISM_DETAIL, "hardship", "Advisor's rating", "Private advising notes", "Advisor only");
        assertThat(applicant).contains("Applicant copy", "Leave of absence, 11 Jan 2021 to 30 Jun 2021",
                "Book Step 2 CK for July");
    }

    @Test
    void theApplicantCopyOfTheReadinessReportLeavesOutPrivateContentToo() {
        String office = PdfText.of(RENDERER.render(SampleReports.readiness(), Variant.OFFICE, Locale.US));
        String applicant = PdfText.of(RENDERER.render(SampleReports.readiness(), Variant.APPLICANT, Locale.US));

        assertThat(office).contains(SampleReports.PRIVATE_NOTE, SampleReports.LEAVE_REASON, SampleReports.PROFESSIONALISM_DETAIL);
        assertThat(applicant).doesNotContain(SampleReports.PRIVATE_NOTE, SampleReports.LEAVE_REASON,
                        SampleReports.PROFESSIONALISM_DETAIL, "hardship", "Private advising notes")
                .contains("Not ready — consider delaying this cycle", "we reassess in May");
    }

    @Test
    void pdfsCarryTitleAuthorSubjectLanguageAndShowTheTitleInTheViewer() {
        PdfMetadata progress = PdfMetadata.of(RENDERER.render(SampleReports.progress(), Variant.OFFICE, Locale.US));
        assertThat(progress.title()).isEqualTo("Progress summary — " + SampleReports.NAME);
        assertThat(progress.author()).isEqualTo("Dr. Helen Marsh, Residency Advisor");
        assertThat(progress.subject()).isEqualTo("Applicant progress summary for residency advising");
        assertThat(progress.language()).isEqualTo("en-US");
        assertThat(progress.displayDocTitle()).isTrue();

        PdfMetadata readiness = PdfMetadata.of(RENDERER.render(SampleReports.readiness(), Variant.APPLICANT, Locale.US));
        assertThat(readiness.title()).isEqualTo("Reapplication readiness report — " + SampleReports.NAME);
        assertThat(readiness.language()).isEqualTo("en-US");

        PdfMetadata cohort = PdfMetadata.of(RENDERER.render(SampleReports.cohort(), Locale.US));
        assertThat(cohort.title()).isEqualTo("Cohort summary — Match 2027 — IMG advising cohort");
        assertThat(cohort.subject()).isEqualTo("Cohort summary for the advising office");
    }

    @Test
    void thePdfIsTaggedWithAStructureTreeAndEveryChartIsAFigureWithAlternateText() {
        PdfMetadata progress = PdfMetadata.of(RENDERER.render(SampleReports.progress(), Variant.OFFICE, Locale.US));
        assertThat(progress.marked()).isTrue();
        assertThat(progress.structureTypes()).contains("Document", "H1", "H2", "Table", "TH", "TD", "L", "LI", "Figure");
        assertThat(progress.figureAltTexts()).hasSize(3)
                .allSatisfy(alt -> assertThat(alt).isNotBlank())
                .anySatisfy(alt -> assertThat(alt).startsWith("Practice scores for Step 2 CK. 5 practice assessments"))
                .anySatisfy(alt -> assertThat(alt).contains("ERAS opens Jun 1, 2026"))
                .anySatisfy(alt -> assertThat(alt).startsWith("Letters by status. 4 letters in total"));

        PdfMetadata cohort = PdfMetadata.of(RENDERER.render(SampleReports.cohort(), Locale.US));
        assertThat(cohort.figureAltTexts()).hasSize(3)
                .anySatisfy(alt -> assertThat(alt).contains("5 of 12 applicants are below the minimum of 3.0"));
    }

    @Test
    void aPracticeChartWithoutATargetBandNamesItsExamAndNoBand() {
        ProgressSummary s = SampleReports.progress();
        List<PracticeScoreLine> comlex = List.of(
                new PracticeScoreLine("COMLEX Level 2-CE", "COMSAE 1", LocalDate.of(2026, 1, 10), 520),
                new PracticeScoreLine("COMLEX Level 2-CE", "COMSAE 2", LocalDate.of(2026, 2, 10), 560));
        ProgressSummary noBand = new ProgressSummary(s.header(), s.applicant(), s.cycle(), s.exams(), comlex, null,
                s.usce(), s.letters(), s.openFlags(), s.remediation(), s.step2(), s.sharedNotes(), s.privateNotes());

        PdfMetadata progress = PdfMetadata.of(RENDERER.render(noBand, Variant.OFFICE, Locale.US));

        assertThat(progress.figureAltTexts()).anySatisfy(alt -> assertThat(alt).isEqualTo("Practice scores for COMLEX"
                + " Level 2-CE. 2 practice assessments from Jan 10, 2026 to Feb 10, 2026, latest 560 (COMSAE 2)."));
    }

    @Test
    void theCohortSummaryShowsOutcomesFlagsByCategoryAndTheReadinessMix() {
        String text = PdfText.of(RENDERER.render(SampleReports.cohort(), Locale.US));

        assertThat(text).contains("Match 2027 — IMG advising cohort", "Outcomes by match year", "Matched in SOAP",
                "Open flags by category", "Limited US clinical experience", "Readiness mix", "Ready with risks", "50%",
                "Confidential — FERPA-protected education record");
    }

    @Test
    void everyPageCarriesTheConfidentialityNoticeAndItsPageNumber() throws IOException {
        byte[] pdf = RENDERER.render(SampleReports.progress(), Variant.OFFICE, Locale.US);
        List<String> pages = PdfText.pages(pdf);
        assertThat(pages).hasSizeGreaterThan(1);
        for (int i = 0; i < pages.size(); i++) {
            assertThat(pages.get(i)).contains("Confidential — FERPA-protected education record")
                    .contains("Page " + (i + 1) + " of " + pages.size());
        }
    }

    @Test
    void noTemplateShowsAMissingMessageKey() {
        assertThat(RENDERER.html(SampleReports.progress(), Variant.OFFICE, Locale.US)).doesNotContain("??");
        assertThat(RENDERER.html(SampleReports.readiness(), Variant.APPLICANT, Locale.US)).doesNotContain("??");
        assertThat(RENDERER.html(SampleReports.cohort(), Locale.US)).doesNotContain("??");
        // a locale without its own file falls back to the base bundle, not to the JVM default
        assertThat(RENDERER.html(SampleReports.readiness(), Variant.OFFICE, Locale.JAPAN))
                .doesNotContain("??").contains("Advice, not a prediction of match outcome.");
    }

    @Test
    void streamingWritesAWholePdfToTheCallersStreamAndLeavesItOpen() throws IOException {
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        boolean[] closed = {false};
        try (FilterOutputStream out = new FilterOutputStream(sink) {
            @Override
            public void close() throws IOException {
                closed[0] = true;
                super.close();
            }
        }) {
            RENDERER.render(SampleReports.readiness(), Variant.APPLICANT, Locale.US, out);
            assertThat(closed[0]).as("renderer must not close the caller's stream").isFalse();
        }
        assertThat(new String(sink.toByteArray(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(PdfText.of(sink.toByteArray())).contains(SampleReports.NAME);
    }

    @Test
    void concurrentRendersOnOneSharedRendererEachProduceTheirOwnReport() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                String name = "Applicant Nº " + i + " Žofie";
                results.add(pool.submit(() -> PdfText.of(RENDERER.render(SampleReports.readiness(name), Variant.APPLICANT, Locale.US))));
            }
            for (int i = 0; i < results.size(); i++) {
                assertThat(results.get(i).get()).contains("Applicant Nº " + i + " Žofie");
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
