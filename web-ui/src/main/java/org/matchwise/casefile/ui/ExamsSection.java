package org.matchwise.casefile.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import org.matchwise.applicant.ApplicantProfile;
import org.matchwise.applicant.ui.ExamEditor;
import org.matchwise.applicant.ui.PracticeEditor;
import org.matchwise.charts.Band;
import org.matchwise.charts.Charts;
import org.matchwise.charts.ScorePoint;
import org.matchwise.charts.ScoreTrend;

/** Exam attempts and practice scores with their editors, and the practice score trend against the target band. */
final class ExamsSection extends VerticalLayout {

    final Div scoreChart = new Div();
    final ExamEditor examEditor;
    final PracticeEditor practiceEditor;
    private final CaseContext c;

    ExamsSection(CaseContext c, ExamEditor examEditor, PracticeEditor practiceEditor) {
        this.c = c;
        this.examEditor = examEditor;
        this.practiceEditor = practiceEditor;
        CaseParts.sectionStyle(this);
    }

    void render() {
        removeAll();
        ApplicantProfile p = c.file().record().profile();
        var target = c.file().target();
        scoreChart.removeAll();
        scoreChart.addClassName("mw-chart");
        List<ScorePoint> points = p.practiceAssessments().stream()
                .filter(a -> a.predictedScore() != null && a.date() != null)
                .map(a -> new ScorePoint(a.date(), a.predictedScore(), a.form() == null ? "" : a.form())).toList();
        String bandText = target == null
                ? c.t("casefile.exams.noBand", p.primarySpecialty() == null ? "" : c.label(p.primarySpecialty()))
                : c.t("casefile.exams.band", c.label(p.primarySpecialty()), target.low(), target.high());
        if (points.isEmpty()) {
            scoreChart.add(new Paragraph(c.t("casefile.exams.noPractice")), new Paragraph(bandText));
        } else {
            String description = c.t("casefile.exams.chartDescription", points.size(),
                    (int) points.stream().mapToDouble(ScorePoint::score).min().orElse(0),
                    (int) points.stream().mapToDouble(ScorePoint::score).max().orElse(0), bandText);
            Band band = target == null ? null : new Band(target.low(), target.high(), c.t("casefile.exams.bandLabel"));
            String svg = Charts.scoreTrend(new ScoreTrend(c.t("casefile.exams.chartTitle"), description,
                    c.t("casefile.exams.scoreAxis"), c.t("casefile.exams.series"), points, band, getLocale()), 640, 300);
            int start = svg.indexOf("<svg");
            scoreChart.add(new Html("<div class=\"mw-svg\">" + (start < 0 ? svg : svg.substring(start)) + "</div>"));
            scoreChart.add(new Paragraph(bandText));
        }
        add(new H3(c.t("casefile.exams.attempts")), examEditor, new H3(c.t("casefile.exams.practice")), scoreChart,
                practiceEditor);
    }
}
