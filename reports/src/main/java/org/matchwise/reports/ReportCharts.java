package org.matchwise.reports;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.matchwise.applicant.LetterStatus;
import org.matchwise.charts.Band;
import org.matchwise.charts.Bar;
import org.matchwise.charts.Bars;
import org.matchwise.charts.Charts;
import org.matchwise.charts.Milestone;
import org.matchwise.charts.MilestoneKind;
import org.matchwise.charts.ScorePoint;
import org.matchwise.charts.ScoreTrend;
import org.matchwise.charts.ThresholdBars;
import org.matchwise.charts.Timeline;
import org.matchwise.flags.Step2Status;

/**
 * Turns report models into chart inputs with localised labels, draws them with {@link Charts} and
 * adds the {@code alt} attribute openhtmltopdf copies into the PDF's Figure tag.
 */
final class ReportCharts {

    static final int WIDTH = 660;

    private ReportCharts() {
    }

    static Map<String, String> forProgress(ProgressSummary m, ReportMessages msg) {
        Map<String, String> charts = new LinkedHashMap<>();
        if (!m.practiceScores().isEmpty()) {
            charts.put("scoreTrend", scoreTrend(m, msg));
        }
        charts.put("step2", step2(m.step2(), msg));
        if (!m.letters().isEmpty()) {
            charts.put("letters", letters(m.letters(), msg));
        }
        return charts;
    }

    static Map<String, String> forCohort(CohortSummary m, ReportMessages msg) {
        Map<String, String> charts = new LinkedHashMap<>();
        if (!m.flagsByCategory().isEmpty()) {
            List<CategoryCount> sorted = m.flagsByCategory().stream()
                    .sorted(Comparator.comparingInt(CategoryCount::open).reversed()).toList();
            List<Bar> bars = sorted.stream().map(c -> new Bar(msg.label(c.category(), "category"), c.open())).toList();
            int total = sorted.stream().mapToInt(CategoryCount::open).sum();
            String title = msg.get("cohort.flagsChartTitle");
            String description = msg.get("cohort.flagsChartDescription", total, sorted.size(),
                    bars.getFirst().label(), sorted.getFirst().open());
            int height = 70 + 22 * bars.size();
            charts.put("flags", alt(Charts.flagsByCategory(
                    new Bars(title, description, "", msg.get("cohort.flagsChartAxis"), bars), WIDTH, height), title, description));
        }
        if (!m.readinessMix().isEmpty()) {
            List<Bar> bars = m.readinessMix().stream().map(v -> new Bar(msg.label(v.verdict(), "verdict"), v.count())).toList();
            String title = msg.get("cohort.readinessChartTitle");
            String description = msg.get("cohort.readinessChartDescription", bars.stream()
                    .map(b -> b.label() + " " + (int) b.value()).collect(Collectors.joining(", ")));
            charts.put("readiness", alt(Charts.bars(
                    new Bars(title, description, "", msg.get("cohort.col.count"), bars), 320, 200), title, description));
        }
        if (!m.usce().isEmpty()) {
            List<Bar> bars = m.usce().stream().map(a -> new Bar(a.name(), round1(a.handsOnMonths()))).toList();
            long below = m.usce().stream().filter(a -> a.handsOnMonths() < m.usceThresholdMonths()).count();
            String threshold = new Fmt(msg.locale(), "").months(m.usceThresholdMonths());
            String title = msg.get("cohort.usceChartTitle");
            String description = msg.get("cohort.usceChartDescription", below, m.usce().size(), threshold);
            charts.put("usce", alt(Charts.usceMonths(new ThresholdBars(
                    new Bars(title, description, "", msg.get("cohort.usceChartAxis"), bars),
                    m.usceThresholdMonths(), msg.get("cohort.usceThreshold", threshold)), WIDTH, 280), title, description));
        }
        return charts;
    }

    private static String scoreTrend(ProgressSummary m, ReportMessages msg) {
        Fmt fmt = new Fmt(msg.locale(), "");
        List<PracticeScoreLine> sorted = m.practiceScores().stream()
                .sorted(Comparator.comparing(PracticeScoreLine::date)).toList();
        ScoreTarget target = m.scoreTarget();
        // one exam's scores per chart (the report's model charts one: ReportMapper), named in the title
        String title = msg.get("exams.trendTitle", sorted.getFirst().exam());
        PracticeScoreLine latest = sorted.getLast();
        String description = msg.get(target == null ? "exams.trendDescription.noTarget" : "exams.trendDescription",
                sorted.size(), fmt.date(sorted.getFirst().date()), fmt.date(latest.date()),
                String.valueOf(latest.predictedScore()), latest.form(),
                target == null ? "" : String.valueOf(target.low()), target == null ? "" : String.valueOf(target.high()));
        Band band = target == null ? null : new Band(target.low(), target.high(),
                msg.get("exams.band", target.exam(), target.specialty(), String.valueOf(target.low()), String.valueOf(target.high())));
        List<ScorePoint> points = sorted.stream().map(p -> new ScorePoint(p.date(), p.predictedScore(), p.form())).toList();
        String svg = Charts.scoreTrend(new ScoreTrend(title, description, msg.get("exams.trendAxis"),
                msg.get("exams.trendSeries"), points, band, msg.locale()), WIDTH, 250);
        return alt(svg, title, description);
    }

    private static String step2(ReportStep2Timing t, ReportMessages msg) {
        Fmt fmt = new Fmt(msg.locale(), "");
        List<Milestone> milestones = new ArrayList<>();
        milestones.add(new Milestone(t.erasOpens(), msg.get("step2.milestone.ERAS_OPENS") + " " + fmt.date(t.erasOpens()),
                MilestoneKind.ERAS_OPENS));
        milestones.add(new Milestone(t.programsOpen(), msg.get("step2.milestone.PROGRAMS_OPEN") + " " + fmt.date(t.programsOpen()),
                MilestoneKind.PROGRAMS_OPEN));
        String examPart;
        if (t.examDate() != null) {
            MilestoneKind kind = t.status() == Step2Status.PASSED ? MilestoneKind.EXAM_TAKEN : MilestoneKind.EXAM_SCHEDULED;
            milestones.add(new Milestone(t.examDate(), msg.label(kind, "step2.milestone") + " " + fmt.date(t.examDate()), kind));
            examPart = msg.get("step2.chartExam", fmt.date(t.examDate()));
            if (t.expectedScoreDate() != null) {
                milestones.add(new Milestone(t.expectedScoreDate(),
                        msg.get("step2.milestone.SCORE_RELEASE") + " " + fmt.date(t.expectedScoreDate()), MilestoneKind.SCORE_RELEASE));
                examPart = examPart + ", " + msg.get("step2.chartScore", fmt.date(t.expectedScoreDate()));
            }
        } else {
            examPart = msg.get("step2.chartNoExam");
        }
        Map<MilestoneKind, String> legend = new EnumMap<>(MilestoneKind.class);
        for (MilestoneKind k : MilestoneKind.values()) {
            legend.put(k, msg.label(k, "step2.milestone"));
        }
        String title = msg.get("step2.chartTitle");
        String description = msg.get("step2.chartDescription", fmt.date(t.erasOpens()), fmt.date(t.programsOpen()), examPart);
        return alt(Charts.step2Timeline(new Timeline(title, description, milestones, legend, msg.locale()), WIDTH, 190),
                title, description);
    }

    private static String letters(List<LetterLine> letters, ReportMessages msg) {
        Map<LetterStatus, Long> counts = new EnumMap<>(LetterStatus.class);
        for (LetterStatus s : LetterStatus.values()) {
            counts.put(s, 0L);
        }
        letters.forEach(l -> counts.merge(l.status(), 1L, Long::sum));
        List<Bar> bars = counts.entrySet().stream()
                .map(e -> new Bar(msg.label(e.getKey(), "letterStatus"), e.getValue())).toList();
        String title = msg.get("letters.chartTitle");
        String description = msg.get("letters.chartDescription", letters.size(), bars.stream()
                .map(b -> msg.get("letters.chartPart", b.label(), (long) b.value())).collect(Collectors.joining(", ")));
        return alt(Charts.lettersPipeline(new Bars(title, description, "", msg.get("letters.chartAxis"), bars), 420, 200),
                title, description);
    }

    /** openhtmltopdf reads the Figure's alternate text from an {@code alt} attribute on the replaced element. */
    static String alt(String svg, String title, String description) {
        String text = title + ". " + description;
        return "<svg alt=\"" + escape(text) + "\"" + svg.substring("<svg".length());
    }

    private static double round1(double value) {
        return Math.round(value * 10) / 10.0;
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
