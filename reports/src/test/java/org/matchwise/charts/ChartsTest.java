package org.matchwise.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.geom.Rectangle2D;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class ChartsTest {

    private static final String SVG_NS = "http://www.w3.org/2000/svg";

    static ScoreTrend trend() {
        return new ScoreTrend("Practice scores for Step 2 CK", "Five forms from Dec 2025 to Mar 2026.", "Predicted score",
                "Practice assessments",
                List.of(new ScorePoint(LocalDate.of(2026, 1, 10), 216, "NBME 10"),
                        new ScorePoint(LocalDate.of(2025, 12, 6), 209, "NBME 9"),
                        new ScorePoint(LocalDate.of(2026, 3, 14), 229, "NBME 12")),
                new Band(230, 240, "Med-Peds target 230–240"), Locale.US);
    }

    @Test
    void theScoreTrendIsValidSvgWithItsTitleDescriptionPointLabelsAndTargetBand() throws Exception {
        Document svg = parse(Charts.scoreTrend(trend(), 600, 240));

        assertRootIsAccessibleSvg(svg, "Practice scores for Step 2 CK", "Five forms from Dec 2025 to Mar 2026.", 600, 240);
        assertThat(texts(svg)).contains("Med-Peds target 230–240", "NBME 9 · 209", "NBME 12 · 229", "Predicted score",
                "Practice assessments", "Jan 2026");
    }

    @Test
    void flagsByCategoryLabelsEveryCategoryAndValue() throws Exception {
        Bars bars = new Bars("Open flags by category", "12 open flags.", "", "Open flags",
                List.of(new Bar("Letters", 7), new Bar("Exam failure", 5), new Bar("Professionalism", 1)));
        Document svg = parse(Charts.flagsByCategory(bars, 640, 200));

        assertRootIsAccessibleSvg(svg, "Open flags by category", "12 open flags.", 640, 200);
        assertThat(texts(svg)).contains("Letters", "Exam failure", "Professionalism", "7", "5", "1", "Open flags");
    }

    @Test
    void theStep2TimelineMarksErasOpeningProgramsOpeningDayTheExamAndTheScoreRelease() throws Exception {
        Timeline timeline = new Timeline("Step 2 CK against the calendar", "Score after opening day.", List.of(
                new Milestone(LocalDate.of(2026, 6, 1), "ERAS opens Jun 1, 2026", MilestoneKind.ERAS_OPENS),
                new Milestone(LocalDate.of(2026, 9, 24), "Programs open Sep 24, 2026", MilestoneKind.PROGRAMS_OPEN),
                new Milestone(LocalDate.of(2026, 9, 2), "Exam Sep 2, 2026", MilestoneKind.EXAM_SCHEDULED),
                new Milestone(LocalDate.of(2026, 9, 30), "Score Sep 30, 2026", MilestoneKind.SCORE_RELEASE)),
                Map.of(MilestoneKind.ERAS_OPENS, "ERAS opens", MilestoneKind.PROGRAMS_OPEN, "Programs open"), Locale.US);
        Document svg = parse(Charts.step2Timeline(timeline, 640, 190));

        assertThat(texts(svg)).contains("ERAS opens Jun 1, 2026", "Programs open Sep 24, 2026", "Exam Sep 2, 2026",
                "Score Sep 30, 2026", "ERAS opens", "Programs open", "EXAM_SCHEDULED");
    }

    /** The report's case: the exam, programs' opening day and the score release within four weeks of each other. */
    static Timeline closeMilestones() {
        return new Timeline("Step 2 CK against the application calendar", "Score after opening day.", List.of(
                new Milestone(LocalDate.of(2026, 6, 1), "ERAS opens Jun 1, 2026", MilestoneKind.ERAS_OPENS),
                new Milestone(LocalDate.of(2026, 9, 24), "Programs open Sep 24, 2026", MilestoneKind.PROGRAMS_OPEN),
                new Milestone(LocalDate.of(2026, 9, 2), "Exam scheduled Sep 2, 2026", MilestoneKind.EXAM_SCHEDULED),
                new Milestone(LocalDate.of(2026, 9, 30), "Score release Sep 30, 2026", MilestoneKind.SCORE_RELEASE)),
                Map.of(), Locale.US);
    }

    /** The dashboard's case: the season's two dates and six scheduled tests, several in the same fortnight. */
    static Timeline crowdedMilestones() {
        List<Milestone> milestones = new java.util.ArrayList<>(List.of(
                new Milestone(LocalDate.of(2026, 6, 1), "ERAS opens", MilestoneKind.ERAS_OPENS),
                new Milestone(LocalDate.of(2026, 9, 24), "Programs open", MilestoneKind.PROGRAMS_OPEN)));
        String[] names = {"Łucja Ñúñez-Øberg (late)", "Dmitri Volkov (on track)", "Tomás Ferreira (late)",
                "Amara Okafor (on track)", "Priya Raman (late)", "Jonas Lindqvist (on track)"};
        LocalDate[] dates = {LocalDate.of(2026, 6, 3), LocalDate.of(2026, 6, 10), LocalDate.of(2026, 9, 15),
                LocalDate.of(2026, 9, 20), LocalDate.of(2026, 9, 26), LocalDate.of(2026, 10, 2)};
        for (int i = 0; i < names.length; i++) {
            milestones.add(new Milestone(dates[i], names[i], MilestoneKind.EXAM_SCHEDULED));
        }
        return new Timeline("Scheduled Step 2 CK tests", "Six tests.", milestones, Map.of(), Locale.US);
    }

    @Test
    void closeMilestonesLabelsOverlapNeitherEachOtherNorAnyMilestonesMark() throws Exception {
        for (var chart : List.of(Map.entry(closeMilestones(), new int[] {660, 190}),
                Map.entry(crowdedMilestones(), new int[] {560, 220}))) {
            Timeline timeline = chart.getKey();
            Document svg = parse(Charts.step2Timeline(timeline, chart.getValue()[0], chart.getValue()[1]));
            List<String> labels = timeline.milestones().stream().map(Milestone::label).toList();

            Map<String, Rectangle2D> boxes = labelBoxes(svg, labels);
            List<Rectangle2D> marks = squares(svg);

            assertThat(boxes.keySet()).as(timeline.title()).containsExactlyInAnyOrderElementsOf(labels);
            assertThat(marks).as(timeline.title()).hasSizeGreaterThanOrEqualTo(labels.size());
            List<String> names = List.copyOf(boxes.keySet());
            for (int i = 0; i < names.size(); i++) {
                Rectangle2D box = boxes.get(names.get(i));
                for (int j = i + 1; j < names.size(); j++) {
                    assertThat(box.intersects(boxes.get(names.get(j))))
                            .as("%s: \"%s\" %s and \"%s\" %s", timeline.title(), names.get(i), box, names.get(j),
                                    boxes.get(names.get(j)))
                            .isFalse();
                }
                for (Rectangle2D mark : marks) {
                    assertThat(box.intersects(mark)).as("%s: \"%s\" %s over a mark %s", timeline.title(),
                            names.get(i), box, mark).isFalse();
                }
            }
        }
    }

    @Test
    void aLabelGoesIntoTheFirstRowWhereItClearsEveryLabelAlreadyThere() {
        // 0: 0-100; 1: 102-200, 2 px from 0; 2: 90-150, over 0 and 1; 3: 210-300, clear of both rows' labels
        double[] left = {0, 102, 90, 210};
        double[] right = {100, 200, 150, 300};

        assertThat(Charts.rows(left, right, 4)).containsExactly(0, 1, 2, 0);
        assertThat(Charts.rows(left, right, 1)).containsExactly(0, 0, 1, 0);
    }

    @Test
    void usceMonthsDrawsTheThresholdLineAndColoursBarsBelowItAsWarnings() throws Exception {
        ThresholdBars model = new ThresholdBars(new Bars("US hands-on months", "2 of 3 below 3 months.", "", "Months",
                List.of(new Bar("Łucja Ñúñez-Øberg", 4.6), new Bar("Dmitri Volkov", 2.4), new Bar("Tomás Ferreira", 1.2))),
                3.0, "Minimum 3.0 months");
        String svgText = Charts.usceMonths(model, 640, 260);
        Document svg = parse(svgText);

        assertThat(texts(svg)).contains("Łucja Ñúñez-Øberg", "Dmitri Volkov", "Minimum 3.0 months", "4.6", "2.4");
        assertThat(svgText).contains("rgb(179,84,30)"); // the warning colour, used for the bars under the line
    }

    @Test
    void theLettersPipelineKeepsTheStatusOrderGiven() throws Exception {
        Bars bars = new Bars("Letters by status", "4 letters.", "", "Letters", List.of(
                new Bar("Identified", 1), new Bar("Requested", 0), new Bar("Promised", 1), new Bar("Received", 1), new Bar("Uploaded", 1)));
        List<String> texts = texts(parse(Charts.lettersPipeline(bars, 420, 200)));

        assertThat(texts).containsSubsequence("Identified", "Requested", "Promised", "Received", "Uploaded");
    }

    @Test
    void twoChartsOnOnePageShareNoElementIds() throws Exception {
        Set<String> first = ids(parse(Charts.scoreTrend(trend(), 600, 240)));
        Set<String> second = ids(parse(Charts.scoreTrend(trend(), 600, 240)));

        assertThat(first).isNotEmpty();
        assertThat(first).doesNotContainAnyElementsOf(second);
    }

    @Test
    void markupInLabelsIsEscapedNotInjected() throws Exception {
        Bars bars = new Bars("A <b> & \"quoted\" title", "desc with <script>", "", "", List.of(new Bar("x < y & z", 1)));
        Document svg = parse(Charts.bars(bars, 300, 200));

        assertRootIsAccessibleSvg(svg, "A <b> & \"quoted\" title", "desc with <script>", 300, 200);
        assertThat(svg.getElementsByTagNameNS(SVG_NS, "script").getLength()).isZero();
        assertThat(texts(svg)).contains("x < y & z");
    }

    @Test
    void aChartNeedsAPositiveSize() {
        assertThatThrownBy(() -> Charts.scoreTrend(trend(), 0, 200)).isInstanceOf(IllegalArgumentException.class);
    }

    private static void assertRootIsAccessibleSvg(Document svg, String title, String description, int width, int height) {
        Element root = svg.getDocumentElement();
        assertThat(root.getLocalName()).isEqualTo("svg");
        assertThat(root.getNamespaceURI()).isEqualTo(SVG_NS);
        assertThat(root.getAttribute("role")).isEqualTo("img");
        assertThat(root.getAttribute("width")).isEqualTo(String.valueOf(width));
        assertThat(root.getAttribute("height")).isEqualTo(String.valueOf(height));
        Element titleElement = (Element) root.getElementsByTagNameNS(SVG_NS, "title").item(0);
        Element descElement = (Element) root.getElementsByTagNameNS(SVG_NS, "desc").item(0);
        assertThat(titleElement.getTextContent()).isEqualTo(title);
        assertThat(descElement.getTextContent()).isEqualTo(description);
        assertThat(root.getAttribute("aria-labelledby")).isEqualTo(titleElement.getAttribute("id"));
        assertThat(root.getAttribute("aria-describedby")).isEqualTo(descElement.getAttribute("id"));
    }

    static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<String> texts(Document svg) {
        NodeList nodes = svg.getElementsByTagNameNS(SVG_NS, "text");
        List<String> texts = new java.util.ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }

    private static Set<String> ids(Document svg) {
        Set<String> ids = new HashSet<>();
        NodeList all = svg.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < all.getLength(); i++) {
            String id = ((Element) all.item(i)).getAttribute("id");
            if (!id.isEmpty()) {
                ids.add(id);
            }
        }
        return ids;
    }

    /** Each label's box: the background JFreeChart fills behind a marker label, the rect drawn just before its text. */
    private static Map<String, Rectangle2D> labelBoxes(Document svg, List<String> labels) {
        Map<String, Rectangle2D> boxes = new java.util.LinkedHashMap<>();
        NodeList nodes = svg.getElementsByTagNameNS(SVG_NS, "text");
        for (int i = 0; i < nodes.getLength(); i++) {
            Element text = (Element) nodes.item(i);
            if (labels.contains(text.getTextContent())) {
                org.w3c.dom.Node before = previousElement(text);
                if (before == null) { // the text is wrapped in a <g> of its own
                    before = previousElement(text.getParentNode());
                }
                assertThat(before).as("the background of " + text.getTextContent()).isInstanceOf(Element.class);
                Element rect = (Element) before;
                assertThat(rect.getLocalName()).isEqualTo("rect");
                boxes.put(text.getTextContent(), new Rectangle2D.Double(num(rect, "x"), num(rect, "y"),
                        num(rect, "width"), num(rect, "height")));
            }
        }
        return boxes;
    }

    /** The 10-by-10 squares: each milestone's mark on the lane (and the legend's swatches). */
    private static List<Rectangle2D> squares(Document svg) {
        List<Rectangle2D> squares = new java.util.ArrayList<>();
        NodeList paths = svg.getElementsByTagNameNS(SVG_NS, "path");
        for (int i = 0; i < paths.getLength(); i++) {
            java.awt.geom.Path2D.Double shape = new java.awt.geom.Path2D.Double();
            var m = java.util.regex.Pattern.compile("([ML])([-0-9.]+),([-0-9.]+)")
                    .matcher(((Element) paths.item(i)).getAttribute("d"));
            while (m.find()) {
                double x = Double.parseDouble(m.group(2));
                double y = Double.parseDouble(m.group(3));
                if (m.group(1).equals("M")) {
                    shape.moveTo(x, y);
                } else {
                    shape.lineTo(x, y);
                }
            }
            Rectangle2D bounds = shape.getBounds2D();
            if (Math.abs(bounds.getWidth() - 10) < 0.01 && Math.abs(bounds.getHeight() - 10) < 0.01) {
                squares.add(bounds);
            }
        }
        return squares;
    }

    private static org.w3c.dom.Node previousElement(org.w3c.dom.Node node) {
        org.w3c.dom.Node before = node.getPreviousSibling();
        while (before != null && !(before instanceof Element)) {
            before = before.getPreviousSibling();
        }
        return before;
    }

    private static double num(Element e, String attribute) {
        return Double.parseDouble(e.getAttribute(attribute));
    }
}
