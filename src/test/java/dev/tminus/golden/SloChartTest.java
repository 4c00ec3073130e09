package dev.tminus.golden;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tminus.profile.GoldenHour;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class SloChartTest {

    @Test
    void draws_a_png_with_the_bound_and_the_breaches_in_red() throws Exception {
        // GIVEN a window with one breach above max 0.005
        GoldenHour.Slo slo = SloEvaluatorTest.slo(null, 0.005, 0, GoldenHour.Level.L3);
        SeriesWindow w = SloEvaluatorTest.window(0.001, 0.002, Double.NaN, 0.01, 0.001, Double.POSITIVE_INFINITY);
        SloVerdict v = SloEvaluator.evaluate(slo, w);
        // WHEN
        byte[] png = SloChart.png("pay 5xx ratio", w, slo.min(), slo.max(), v.breaches());
        // THEN a real PNG of the documented size, with red pixels (bound and breach dots)
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isEqualTo(SloChart.WIDTH);
        assertThat(image.getHeight()).isEqualTo(SloChart.HEIGHT);
        int red = 0;
        for (int x = 0; x < image.getWidth(); x++) {
            for (int y = 0; y < image.getHeight(); y++) {
                if (image.getRGB(x, y) == Color.RED.getRGB()) {
                    red++;
                }
            }
        }
        assertThat(red).isGreaterThan(400);
    }

    @Test
    void draws_a_window_of_one_point_and_no_bounds_without_failing() throws Exception {
        // GIVEN / WHEN
        byte[] png = SloChart.png("one", SloEvaluatorTest.window(3), Optional.empty(), Optional.empty(), java.util.List.of());
        // THEN
        assertThat(ImageIO.read(new ByteArrayInputStream(png)).getWidth()).isEqualTo(SloChart.WIDTH);
    }
}
