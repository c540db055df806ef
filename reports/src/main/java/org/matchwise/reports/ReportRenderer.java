package org.matchwise.reports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders the report models to tagged, self-contained PDF: model (redacted for the applicant's
 * copy) to Thymeleaf XHTML to openhtmltopdf, with embedded DejaVu Sans and inline SVG charts.
 *
 * <p>One instance is meant to be shared: it is thread-safe, and keeps the parsed templates and font
 * metrics cached for its lifetime. The streaming methods write to the caller's stream and do not
 * close it; nothing of a report is kept after the method returns.
 */
public final class ReportRenderer {

    private final TemplateEngine templates;
    private final PdfOutput pdf = new PdfOutput();

    public ReportRenderer() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(ReportRenderer.class.getClassLoader());
        resolver.setPrefix("org/matchwise/reports/templates/");
        resolver.setSuffix(".html");
        // XML mode: the output must be well-formed XHTML for openhtmltopdf's XML parser
        resolver.setTemplateMode(TemplateMode.XML);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        TemplateEngine engine = new TemplateEngine();
        engine.setTemplateResolver(resolver);
        engine.setMessageResolver(new BundleMessageResolver());
        this.templates = engine;
    }

    public byte[] render(ProgressSummary model, Variant variant, Locale locale) {
        return toBytes(out -> render(model, variant, locale, out));
    }

    public void render(ProgressSummary model, Variant variant, Locale locale, OutputStream out) throws IOException {
        pdf.write(html(model, variant, locale), out);
    }

    public byte[] render(ReadinessReport model, Variant variant, Locale locale) {
        return toBytes(out -> render(model, variant, locale, out));
    }

    public void render(ReadinessReport model, Variant variant, Locale locale, OutputStream out) throws IOException {
        pdf.write(html(model, variant, locale), out);
    }

    /** The cohort summary is for the advising office only, so it has no applicant variant. */
    public byte[] render(CohortSummary model, Locale locale) {
        return toBytes(out -> render(model, locale, out));
    }

    public void render(CohortSummary model, Locale locale, OutputStream out) throws IOException {
        pdf.write(html(model, locale), out);
    }

    // ---- XHTML (package-private: tests and previews) ----

    String html(ProgressSummary model, Variant variant, Locale locale) {
        ProgressSummary visible = Redactor.forVariant(Objects.requireNonNull(model, "model"), variant);
        ReportMessages msg = new ReportMessages(locale);
        return process("progress-summary", visible, variant, msg, ReportCharts.forProgress(visible, msg));
    }

    String html(ReadinessReport model, Variant variant, Locale locale) {
        ReadinessReport visible = Redactor.forVariant(Objects.requireNonNull(model, "model"), variant);
        return process("readiness-report", visible, variant, new ReportMessages(locale), Map.of());
    }

    String html(CohortSummary model, Locale locale) {
        ReportMessages msg = new ReportMessages(locale);
        return process("cohort-summary", Objects.requireNonNull(model, "model"), Variant.OFFICE, msg,
                ReportCharts.forCohort(model, msg));
    }

    private String process(String template, Record model, Variant variant, ReportMessages msg, Map<String, String> charts) {
        Map<String, Object> vars = new HashMap<>();
        vars.put("m", model);
        vars.put("variant", variant);
        vars.put("office", variant == Variant.OFFICE);
        vars.put("fmt", new Fmt(msg.locale(), msg.get("report.dash")));
        vars.put("charts", charts);
        vars.put("lang", msg.locale().toLanguageTag());
        return templates.process(template, new Context(msg.locale(), vars));
    }

    private interface PdfWrite {
        void to(OutputStream out) throws IOException;
    }

    private static byte[] toBytes(PdfWrite write) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try {
            write.to(out);
        } catch (IOException e) {
            throw new UncheckedIOException("rendering to memory failed", e);
        }
        return out.toByteArray();
    }
}
