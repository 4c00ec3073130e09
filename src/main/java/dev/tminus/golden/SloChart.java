package dev.tminus.golden;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;

/**
 * A PNG line chart of an SLO's window for the report: every series, the bounds as dashed red lines,
 * breaching points as red dots. Drawn with java.awt on an off-screen image (headless).
 */
public final class SloChart {

    static final int WIDTH = 900;
    static final int HEIGHT = 360;
    private static final int LEFT = 80;
    /** Up to this many points per series, each point is also drawn as a dot. */
    private static final int DOTTED = 120;
    private static final int RIGHT = 20;
    private static final int TOP = 40;
    private static final int BOTTOM = 40;
    private static final Color[] PALETTE = {new Color(0x1f77b4), new Color(0x2ca02c), new Color(0x9467bd),
        new Color(0x8c564b), new Color(0x17becf), new Color(0x7f7f7f)};
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneOffset.UTC);

    private SloChart() {
    }

    public static byte[] png(String title, SeriesWindow window, Optional<Double> min, Optional<Double> max,
                             List<SloVerdict.Breach> breaches) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, WIDTH, HEIGHT);
            Scale scale = Scale.of(window, min, max);
            g.setColor(Color.LIGHT_GRAY);
            g.drawRect(LEFT, TOP, plotWidth(), plotHeight());
            for (int i = 0; i < window.series().size(); i++) {
                drawSeries(g, scale, window.series().get(i), PALETTE[i % PALETTE.length]);
            }
            g.setStroke(new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {8f, 6f}, 0f));
            g.setColor(Color.RED);
            min.ifPresent(v -> g.drawLine(LEFT, y(scale, v), LEFT + plotWidth(), y(scale, v)));
            max.ifPresent(v -> g.drawLine(LEFT, y(scale, v), LEFT + plotWidth(), y(scale, v)));
            g.setStroke(new BasicStroke(1f));
            for (SloVerdict.Breach b : breaches) {
                g.fillOval(x(scale, b.at().toEpochMilli()) - 4, y(scale, b.value()) - 4, 8, 8);
            }
            labels(g, title, window, scale, min, max);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void drawSeries(Graphics2D g, Scale scale, SeriesWindow.Series series, Color color) {
        g.setColor(color);
        g.setStroke(new BasicStroke(1.5f));
        Path2D.Double path = new Path2D.Double();
        boolean pen = false;
        for (SeriesWindow.Point p : series.points()) {
            if (Double.isNaN(p.value())) {
                pen = false;
                continue;
            }
            double px = x(scale, p.at().toEpochMilli());
            double py = y(scale, p.value());
            if (pen) {
                path.lineTo(px, py);
            } else {
                path.moveTo(px, py);
                pen = true;
            }
        }
        g.draw(path);
        if (series.points().size() <= DOTTED) {
            for (SeriesWindow.Point p : series.points()) {
                if (!Double.isNaN(p.value())) {
                    g.fillOval(x(scale, p.at().toEpochMilli()) - 2, y(scale, p.value()) - 2, 5, 5);
                }
            }
        }
    }

    /** Text is a nicety: a JDK without fonts still gets the chart. */
    private static void labels(Graphics2D g, String title, SeriesWindow window, Scale scale,
                               Optional<Double> min, Optional<Double> max) {
        try {
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
            g.setColor(Color.BLACK);
            g.drawString(title + "  (step " + window.step().toSeconds() + "s, " + window.series().size() + " series)", LEFT, 20);
            g.setColor(Color.DARK_GRAY);
            g.drawString(Numbers.format(scale.high), 5, TOP + 5);
            g.drawString(Numbers.format(scale.low), 5, TOP + plotHeight());
            g.drawString(CLOCK.format(window.start()) + "Z", LEFT, HEIGHT - 15);
            String endText = CLOCK.format(window.end()) + "Z";
            g.drawString(endText, LEFT + plotWidth() - g.getFontMetrics().stringWidth(endText), HEIGHT - 15);
            g.setColor(Color.RED);
            min.ifPresent(v -> g.drawString("min " + Numbers.format(v), 5, y(scale, v) + 4));
            max.ifPresent(v -> g.drawString("max " + Numbers.format(v), 5, y(scale, v) + 4));
        } catch (RuntimeException | Error noFonts) {
            // no font configuration on this JDK: keep the lines
        }
    }

    private static int plotWidth() {
        return WIDTH - LEFT - RIGHT;
    }

    private static int plotHeight() {
        return HEIGHT - TOP - BOTTOM;
    }

    private static int x(Scale s, long epochMillis) {
        double span = Math.max(1, s.toMillis - s.fromMillis);
        return LEFT + (int) Math.round((epochMillis - s.fromMillis) / span * plotWidth());
    }

    private static int y(Scale s, double value) {
        double clamped = Math.max(s.low, Math.min(s.high, value));
        return TOP + plotHeight() - (int) Math.round((clamped - s.low) / (s.high - s.low) * plotHeight());
    }

    /** The value and time ranges shown: every finite point and both bounds, with some air. */
    private record Scale(long fromMillis, long toMillis, double low, double high) {

        static Scale of(SeriesWindow w, Optional<Double> min, Optional<Double> max) {
            double low = Double.POSITIVE_INFINITY;
            double high = Double.NEGATIVE_INFINITY;
            for (SeriesWindow.Series s : w.series()) {
                for (SeriesWindow.Point p : s.points()) {
                    if (Double.isFinite(p.value())) {
                        low = Math.min(low, p.value());
                        high = Math.max(high, p.value());
                    }
                }
            }
            for (Optional<Double> bound : List.of(min, max)) {
                if (bound.isPresent()) {
                    low = Math.min(low, bound.get());
                    high = Math.max(high, bound.get());
                }
            }
            if (!Double.isFinite(low) || !Double.isFinite(high)) {
                low = 0;
                high = 1;
            }
            double air = high > low ? (high - low) * 0.1 : Math.max(Math.abs(high) * 0.1, 1e-9);
            long to = w.end().toEpochMilli();
            long from = w.start().toEpochMilli();
            return new Scale(from, Math.max(to, from + Duration.ofSeconds(1).toMillis()), low - air, high + air);
        }
    }
}
