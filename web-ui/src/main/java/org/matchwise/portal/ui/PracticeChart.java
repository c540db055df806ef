package org.matchwise.portal.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.matchwise.applicant.ApplicantProfile;
import org.matchwise.applicant.Exam;
import org.matchwise.applicant.PracticeAssessment;
import org.matchwise.charts.Charts;
import org.matchwise.charts.ScorePoint;
import org.matchwise.charts.ScoreTrend;

/** The applicant's practice score trend for the exam practised most recently, above the practice list. */
final class PracticeChart extends Div {

    PracticeChart() {
        addClassName("mw-chart");
        setWidthFull();
    }

    void show(ApplicantProfile profile) {
        removeAll();
        List<PracticeAssessment> scored = profile.practiceAssessments().stream()
                .filter(p -> p.predictedScore() != null).toList();
        if (scored.isEmpty()) {
            return;
        }
        Exam latest = scored.stream().max(Comparator.comparing(PracticeAssessment::date)).orElseThrow().exam();
        List<ScorePoint> points = scored.stream().filter(p -> p.exam() == latest)
                .map(p -> new ScorePoint(p.date(), p.predictedScore(), p.form())).toList();
        String exam = Labels.of(this, latest);
        String description = getTranslation("portal.practice.chart.description", exam, points.size(),
                points.stream().map(p -> p.label() + " " + Labels.date(this, p.date()) + ": " + (int) p.score())
                        .reduce((a, b) -> a + "; " + b).orElse(""));
        String svg = Charts.scoreTrend(new ScoreTrend(getTranslation("portal.practice.chart.title", exam), description,
                getTranslation("portal.practice.chart.axis"), getTranslation("portal.practice.chart.series"), points,
                null, Locale.US), 640, 280);
        Image image = new Image("data:image/svg+xml;base64,"
                + Base64.getEncoder().encodeToString(svg.getBytes(StandardCharsets.UTF_8)), description);
        image.setMaxWidth("100%");
        add(image);
    }
}
