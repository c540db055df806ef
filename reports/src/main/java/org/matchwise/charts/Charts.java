package org.matchwise.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;

import java.awt.Paint;
import java.awt.Rectangle;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.text.SimpleDateFormat;
import java.time.LocalDate;
import java.time.ZoneOffset;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.DateTickUnit;
import org.jfree.chart.axis.DateTickUnitType;
import org.jfree.chart.axis.TickUnits;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.text.TextUtils;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.svg.SVGGraphics2D;

/**
 * The charts of Matchwise, each returned as a standalone SVG element string (with {@code <title>},
 * {@code <desc>} and {@code role="img"}) that a Vaadin view can embed and an HTML report can inline.
 * All text comes from the caller, already localised. Every method is thread-safe: each call builds
 * its own chart.
 */
public final class Charts {

    static final Color INK = new Color(0x1f2933);
    static final Color GRID = new Color(0xd9dee3);
    static final Color PRIMARY = new Color(0x1d5f8a);
    static final Color WARNING = new Color(0xb3541e);
    static final Color BAND = new Color(0xdcefd8);
    static final Color BAND_TEXT = new Color(0x2f6b2a);

    private static final TimeZone UTC = TimeZone.getTimeZone(ZoneOffset.UTC);

    private static final Map<MilestoneKind, Color> MILESTONE_COLORS = new EnumMap<>(Map.of(
            MilestoneKind.EXAM_TAKEN, PRIMARY,
            MilestoneKind.EXAM_SCHEDULED, new Color(0x5b8fb9),
            MilestoneKind.SCORE_RELEASE, new Color(0x6a4c93),
            MilestoneKind.ERAS_OPENS, new Color(0x2f6b2a),
            MilestoneKind.PROGRAMS_OPEN, WARNING));

    private Charts() {
    }

    /** Practice scores over time as a line, against the target band shaded behind it. */
    public static String scoreTrend(ScoreTrend model, int width, int height) {
        List<ScorePoint> points = model.points().stream().sorted(Comparator.comparing(ScorePoint::date)).toList();
        XYSeries series = new XYSeries(model.seriesLabel(), false, true);
        for (ScorePoint p : points) {
            series.add(millis(p.date()), p.score());
        }
        DateAxis dates = dateAxis(model.locale());
        NumberAxis scores = numberAxis(model.scoreAxisLabel());
        scores.setAutoRangeIncludesZero(false);
        double low = points.stream().mapToDouble(ScorePoint::score).min().orElse(200);
        double high = points.stream().mapToDouble(ScorePoint::score).max().orElse(260);
        if (model.target() != null) {
            low = Math.min(low, model.target().low());
            high = Math.max(high, model.target().high());
        }
        scores.setRange(Math.floor((low - 8) / 5) * 5, Math.ceil((high + 8) / 5) * 5);
        if (points.size() == 1) {
            LocalDate only = points.getFirst().date();
            dates.setRange(millis(only.minusDays(30)), millis(only.plusDays(30)));
        } else if (!points.isEmpty()) {
            long span = millis(points.getLast().date()) - millis(points.getFirst().date());
            long pad = Math.max(span / 12, 86_400_000L * 5);
            dates.setRange(millis(points.getFirst().date()) - pad, millis(points.getLast().date()) + pad);
        }

        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
        renderer.setSeriesPaint(0, PRIMARY);
        renderer.setSeriesStroke(0, new BasicStroke(2f));
        renderer.setSeriesShape(0, new Ellipse2D.Double(-4, -4, 8, 8));
        renderer.setDefaultItemLabelGenerator((dataset, s, item) ->
                points.get(item).label() + " · " + formatScore(points.get(item).score()));
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultItemLabelFont(ChartFonts.plain(9f));
        renderer.setDefaultItemLabelPaint(INK);
        renderer.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12, TextAnchor.BOTTOM_CENTER));

        XYPlot plot = new XYPlot(new XYSeriesCollection(series), dates, scores, renderer);
        stylePlot(plot);
        if (model.target() != null) {
            IntervalMarker band = new IntervalMarker(model.target().low(), model.target().high());
            band.setPaint(BAND);
            band.setLabel(model.target().label());
            band.setLabelFont(ChartFonts.plain(9f));
            band.setLabelPaint(BAND_TEXT);
            band.setLabelBackgroundColor(BAND);
            // top left: a rising trend leaves that corner of the band free of point labels
            band.setLabelAnchor(RectangleAnchor.TOP_LEFT);
            band.setLabelTextAnchor(TextAnchor.TOP_LEFT);
            band.setLabelOffset(new RectangleInsets(2, 4, 2, 2));
            plot.addRangeMarker(band, Layer.BACKGROUND);
        }
        JFreeChart chart = chart(model.title(), plot, true);
        return SvgOutput.toSvg(chart, width, height, model.title(), model.description());
    }

    /** Open flags per category as horizontal bars (category names are long). */
    public static String flagsByCategory(Bars model, int width, int height) {
        CategoryPlot plot = barPlot(model, PlotOrientation.HORIZONTAL, fixed(PRIMARY));
        return SvgOutput.toSvg(chart(model.title(), plot, false), width, height, model.title(), model.description());
    }

    /** Letters per status, in pipeline order (identified, requested, promised, received, uploaded). */
    public static String lettersPipeline(Bars model, int width, int height) {
        CategoryPlot plot = barPlot(model, PlotOrientation.VERTICAL, fixed(PRIMARY));
        return SvgOutput.toSvg(chart(model.title(), plot, false), width, height, model.title(), model.description());
    }

    /** A plain vertical bar chart, for any count by category (e.g. readiness verdicts in a cohort). */
    public static String bars(Bars model, int width, int height) {
        CategoryPlot plot = barPlot(model, PlotOrientation.VERTICAL, fixed(PRIMARY));
        return SvgOutput.toSvg(chart(model.title(), plot, false), width, height, model.title(), model.description());
    }

    /**
     * US hands-on months per applicant as bars, with the rule set's minimum as a dashed line; bars
     * under the line are drawn in the warning colour.
     */
    public static String usceMonths(ThresholdBars model, int width, int height) {
        double threshold = model.threshold();
        List<Bar> bars = model.bars().bars();
        CategoryPlot plot = barPlot(model.bars(), PlotOrientation.VERTICAL,
                column -> bars.get(column).value() < threshold ? WARNING : PRIMARY);
        ValueMarker line = new ValueMarker(threshold);
        line.setPaint(INK);
        line.setStroke(new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f));
        line.setLabel(model.thresholdLabel());
        line.setLabelFont(ChartFonts.plain(9f));
        line.setLabelPaint(INK);
        line.setLabelBackgroundColor(Color.WHITE);
        line.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
        line.setLabelTextAnchor(TextAnchor.BOTTOM_RIGHT);
        line.setLabelOffset(new RectangleInsets(2, 2, 2, 2));
        plot.addRangeMarker(line, Layer.FOREGROUND);
        double max = bars.stream().mapToDouble(Bar::value).max().orElse(0);
        ((NumberAxis) plot.getRangeAxis()).setRange(0, Math.ceil(Math.max(max, threshold) * 1.2 + 0.5));
        if (bars.size() > 6) {
            plot.getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        }
        return SvgOutput.toSvg(chart(model.bars().title(), plot, false), width, height,
                model.bars().title(), model.bars().description());
    }

    /**
     * The Step 2 CK calendar: exam date, expected score release, ERAS opening and programs' opening
     * day on one date axis, each as a labelled vertical line and a legend entry by kind.
     */
    public static String step2Timeline(Timeline model, int width, int height) {
        List<Milestone> milestones = model.milestones().stream().sorted(Comparator.comparing(Milestone::date)).toList();
        XYSeriesCollection dataset = new XYSeriesCollection();
        Map<MilestoneKind, XYSeries> byKind = new EnumMap<>(MilestoneKind.class);
        for (Milestone m : milestones) {
            byKind.computeIfAbsent(m.kind(), k -> new XYSeries(model.kindLabels().getOrDefault(k, k.name()), false, true))
                    .add(millis(m.date()), 0);
        }
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(false, true);
        int index = 0;
        for (Map.Entry<MilestoneKind, XYSeries> e : byKind.entrySet()) {
            dataset.addSeries(e.getValue());
            renderer.setSeriesPaint(index, MILESTONE_COLORS.get(e.getKey()));
            renderer.setSeriesShape(index, new Rectangle2D.Double(-5, -5, 10, 10));
            index++;
        }
        DateAxis dates = dateAxis(model.locale());
        NumberAxis lane = new NumberAxis();
        lane.setVisible(false);
        lane.setRange(-1, 1);
        XYPlot plot = new XYPlot(dataset, dates, lane, renderer);
        stylePlot(plot);
        plot.setRangeGridlinesVisible(false);
        plot.addRangeMarker(new ValueMarker(0, GRID, new BasicStroke(2f)), Layer.BACKGROUND);
        JFreeChart chart = chart(model.title(), plot, true);
        if (!milestones.isEmpty()) {
            long first = millis(milestones.getFirst().date());
            long last = millis(milestones.getLast().date());
            long pad = Math.max((last - first) / 10, 86_400_000L * 14);
            dates.setRange(first - pad, last + pad);
            List<ValueMarker> markers = new ArrayList<>();
            for (Milestone m : milestones) {
                ValueMarker marker = new ValueMarker(millis(m.date()));
                marker.setPaint(MILESTONE_COLORS.get(m.kind()));
                marker.setStroke(new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {3f, 3f}, 0f));
                marker.setLabel(m.label());
                marker.setLabelFont(ChartFonts.plain(9f));
                marker.setLabelPaint(INK);
                marker.setLabelBackgroundColor(Color.WHITE);
                markers.add(marker);
                plot.addDomainMarker(marker, Layer.BACKGROUND);
            }
            placeLabels(chart, plot, markers, width, height);
        }
        return SvgOutput.toSvg(chart, width, height, model.title(), model.description());
    }

    /** Gap between two labels of one row, and between the lowest row and a milestone's mark, in pixels. */
    private static final double LABEL_GAP = 4;
    private static final double MARK_HALF = 5;
    private static final double FIRST_ROW = 4;

    /**
     * Places the milestones' labels in rows above the lane so that no two overlap and none covers a mark. Each label
     * is measured as it will be drawn (its text bounds in the chart's font, at its date's position in the plot, which
     * a first, throw-away drawing of the chart at its size gives); it goes beside its line, towards the middle of the plot (or
     * the other side when that one has no room), into the first row from the top where it clears every label
     * already there. The lane then moves down far enough for every row to sit above the marks.
     */
    private static void placeLabels(JFreeChart chart, XYPlot plot, List<ValueMarker> markers, int width, int height) {
        // where the plot lands: a drawing on a 1-pixel image is enough to lay the chart out (and cheap)
        ChartRenderingInfo info = new ChartRenderingInfo();
        Graphics2D layout = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics();
        try {
            chart.draw(layout, new Rectangle(0, 0, width, height), info);
        } finally {
            layout.dispose();
        }
        Rectangle2D area = info.getPlotInfo().getDataArea();
        // text measured as SvgOutput's graphics will measure it when it draws the labels
        SVGGraphics2D g2 = new SVGGraphics2D(width, height);
        ValueAxis dates = plot.getDomainAxis();
        double[] left = new double[markers.size()];
        double[] right = new double[markers.size()];
        boolean[] towardsLeft = new boolean[markers.size()];
        double rowHeight = 0;
        for (int i = 0; i < markers.size(); i++) {
            ValueMarker marker = markers.get(i);
            Rectangle2D text = TextUtils.getTextBounds(marker.getLabel(), g2, g2.getFontMetrics(marker.getLabelFont()));
            double x = dates.valueToJava2D(marker.getValue(), area, RectangleEdge.BOTTOM);
            double w = text.getWidth();
            boolean roomLeft = x - LABEL_GAP - w >= area.getMinX();
            boolean roomRight = x + LABEL_GAP + w <= area.getMaxX();
            towardsLeft[i] = x > area.getCenterX() ? roomLeft || !roomRight : !roomRight && roomLeft;
            left[i] = towardsLeft[i] ? x - 3 - w : x + 3;
            right[i] = left[i] + w;
            rowHeight = Math.max(rowHeight, text.getHeight() + 1);
        }
        int[] rows = rows(left, right, LABEL_GAP);
        int rowCount = 0;
        for (int i = 0; i < markers.size(); i++) {
            ValueMarker marker = markers.get(i);
            marker.setLabelAnchor(towardsLeft[i] ? RectangleAnchor.TOP_LEFT : RectangleAnchor.TOP_RIGHT);
            marker.setLabelTextAnchor(towardsLeft[i] ? TextAnchor.TOP_RIGHT : TextAnchor.TOP_LEFT);
            marker.setLabelOffset(new RectangleInsets(FIRST_ROW + rowHeight * rows[i], 3, 0, 3));
            rowCount = Math.max(rowCount, rows[i] + 1);
        }
        // the lane (value 0 of the hidden axis) in the middle, or lower when the rows need the room
        double above = FIRST_ROW + rowHeight * rowCount + LABEL_GAP + MARK_HALF;
        double laneAt = Math.clamp(above / area.getHeight(), 0.5, 0.9);
        plot.getRangeAxis().setRange(1 - 1 / laneAt, 1);
    }

    /**
     * The row of each label, given the labels' horizontal extents ({@code left[i]} to {@code right[i]}): the first
     * row from the top (0) where the label keeps {@code gap} from every label placed before it in that row.
     */
    static int[] rows(double[] left, double[] right, double gap) {
        int[] rows = new int[left.length];
        List<List<Integer>> placed = new ArrayList<>();
        for (int i = 0; i < left.length; i++) {
            int row = 0;
            while (row < placed.size() && clashes(placed.get(row), i, left, right, gap)) {
                row++;
            }
            if (row == placed.size()) {
                placed.add(new ArrayList<>());
            }
            placed.get(row).add(i);
            rows[i] = row;
        }
        return rows;
    }

    private static boolean clashes(List<Integer> row, int i, double[] left, double[] right, double gap) {
        for (int j : row) {
            if (left[i] < right[j] + gap && left[j] < right[i] + gap) {
                return true;
            }
        }
        return false;
    }

    // ---- shared building blocks ----

    private interface ColumnPaint {
        Paint paint(int column);
    }

    private static ColumnPaint fixed(Color color) {
        return column -> color;
    }

    private static CategoryPlot barPlot(Bars model, PlotOrientation orientation, ColumnPaint paint) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        Map<String, Integer> seen = new HashMap<>();
        for (Bar bar : model.bars()) {
            // equal labels (two applicants of one name) must stay two bars
            int n = seen.merge(bar.label(), 1, Integer::sum);
            String key = n == 1 ? bar.label() : bar.label() + " (" + n + ")";
            dataset.addValue(bar.value(), "values", key);
        }
        CategoryAxis categories = new CategoryAxis(model.categoryAxisLabel().isEmpty() ? null : model.categoryAxisLabel());
        categories.setTickLabelFont(ChartFonts.plain(9f));
        categories.setLabelFont(ChartFonts.plain(10f));
        categories.setTickLabelPaint(INK);
        categories.setMaximumCategoryLabelLines(2);
        categories.setCategoryMargin(0.25);
        NumberAxis values = numberAxis(model.valueAxisLabel());
        boolean whole = model.bars().stream().allMatch(b -> b.value() == Math.rint(b.value()));
        if (whole) {
            values.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        }
        double max = model.bars().stream().mapToDouble(Bar::value).max().orElse(1);
        values.setRange(0, Math.max(1, max * 1.15 + (whole ? 0.5 : 0)));
        BarRenderer renderer = new BarRenderer() {
            @Override
            public Paint getItemPaint(int row, int column) {
                return paint.paint(column);
            }
        };
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(false);
        renderer.setMaximumBarWidth(0.12);
        renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator(
                "{2}", whole ? new java.text.DecimalFormat("0") : new java.text.DecimalFormat("0.0")));
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultItemLabelFont(ChartFonts.plain(9f));
        renderer.setDefaultItemLabelPaint(INK);
        if (orientation == PlotOrientation.HORIZONTAL) {
            renderer.setDefaultPositiveItemLabelPosition(
                    new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
            renderer.setItemLabelAnchorOffset(3);
        } else {
            renderer.setDefaultPositiveItemLabelPosition(
                    new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12, TextAnchor.BOTTOM_CENTER));
        }
        CategoryPlot plot = new CategoryPlot(dataset, categories, values, renderer);
        plot.setOrientation(orientation);
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setRangeGridlinePaint(GRID);
        plot.setRangeGridlineStroke(new BasicStroke(0.5f));
        plot.setDomainGridlinesVisible(false);
        return plot;
    }

    private static JFreeChart chart(String title, org.jfree.chart.plot.Plot plot, boolean legend) {
        JFreeChart chart = new JFreeChart(title, ChartFonts.bold(11f), plot, legend);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        TextTitle t = chart.getTitle();
        t.setPaint(INK);
        t.setHorizontalAlignment(org.jfree.chart.ui.HorizontalAlignment.LEFT);
        t.setPadding(new RectangleInsets(2, 4, 6, 4));
        LegendTitle l = chart.getLegend();
        if (l != null) {
            l.setItemFont(ChartFonts.plain(9f));
            l.setItemPaint(INK);
            l.setFrame(org.jfree.chart.block.BlockBorder.NONE);
            l.setPosition(RectangleEdge.BOTTOM);
        }
        chart.setPadding(new RectangleInsets(4, 4, 4, 8));
        return chart;
    }

    private static void stylePlot(XYPlot plot) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setDomainGridlinePaint(GRID);
        plot.setRangeGridlinePaint(GRID);
        plot.setDomainGridlineStroke(new BasicStroke(0.5f));
        plot.setRangeGridlineStroke(new BasicStroke(0.5f));
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
    }

    private static DateAxis dateAxis(Locale locale) {
        DateAxis axis = new DateAxis(null, UTC, locale);
        // month-sized ticks only: finer units would print the same month twice
        TickUnits units = new TickUnits();
        for (int months : new int[] {1, 2, 3, 6, 12, 24}) {
            SimpleDateFormat format = new SimpleDateFormat(months >= 12 ? "yyyy" : "MMM yyyy", locale);
            format.setTimeZone(UTC);
            units.add(months >= 12
                    ? new DateTickUnit(DateTickUnitType.YEAR, months / 12, format)
                    : new DateTickUnit(DateTickUnitType.MONTH, months, format));
        }
        axis.setStandardTickUnits(units);
        axis.setTickLabelFont(ChartFonts.plain(9f));
        axis.setTickLabelPaint(INK);
        axis.setLowerMargin(0.04);
        axis.setUpperMargin(0.04);
        return axis;
    }

    private static NumberAxis numberAxis(String label) {
        NumberAxis axis = new NumberAxis(label == null || label.isEmpty() ? null : label);
        axis.setTickLabelFont(ChartFonts.plain(9f));
        axis.setLabelFont(ChartFonts.plain(10f));
        axis.setTickLabelPaint(INK);
        axis.setLabelPaint(INK);
        return axis;
    }

    private static long millis(LocalDate date) {
        return date.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    }

    private static String formatScore(double score) {
        return score == Math.rint(score) ? Long.toString((long) score) : String.format(Locale.ROOT, "%.1f", score);
    }
}
