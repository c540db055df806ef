package org.matchwise.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * Validates the generated PDFs with veraPDF (offline: the rules ship inside the validation jar)
 * against PDF/UA-1 and PDF/A-3u. See README-pdfua.md for the version used and why.
 */
class PdfUaValidationTest {

    private static final ReportRenderer RENDERER = new ReportRenderer();

    @BeforeAll
    static void initialiseVeraPdf() {
        VeraGreenfieldFoundryProvider.initialise();
    }

    static Stream<Arguments> reports() {
        return Stream.of(
                Arguments.of("progress summary, office", (Supplier<byte[]>) () -> RENDERER.render(SampleReports.progress(), Variant.OFFICE, Locale.US)),
                Arguments.of("progress summary, applicant", (Supplier<byte[]>) () -> RENDERER.render(
                        SampleReports.progress(SampleReports.NON_LATIN_NAME), Variant.APPLICANT, Locale.US)),
                Arguments.of("readiness report, office", (Supplier<byte[]>) () -> RENDERER.render(SampleReports.readiness(), Variant.OFFICE, Locale.US)),
                Arguments.of("cohort summary", (Supplier<byte[]>) () -> RENDERER.render(SampleReports.cohort(), Locale.US)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("reports")
    void everyReportPassesPdfUa1AndPdfA3uValidation(String name, Supplier<byte[]> report) throws Exception {
        byte[] pdf = report.get();
        assertThat(failures(pdf, PDFAFlavour.PDFUA_1)).as(name + " PDF/UA-1").isEmpty();
        assertThat(failures(pdf, PDFAFlavour.PDFA_3_U)).as(name + " PDF/A-3u").isEmpty();
    }

    @Test
    void theValidatorRejectsAnUntaggedPdfSoAPassMeansSomething() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(72, 700);
                content.showText("Untagged");
                content.endText();
            }
            doc.save(out);
        }
        assertThat(failures(out.toByteArray(), PDFAFlavour.PDFUA_1)).isNotEmpty();
    }

    private static List<String> failures(byte[] pdf, PDFAFlavour flavour) throws Exception {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
            ValidationResult result = validator.validate(parser);
            return result.getTestAssertions().stream()
                    .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                    .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + ": " + a.getMessage())
                    .distinct()
                    .collect(Collectors.toList());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
