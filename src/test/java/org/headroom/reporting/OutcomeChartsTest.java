package org.headroom.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** The charts are drawn from the report's own figures, at print resolution, described in text. */
class OutcomeChartsTest {

    @Test
    void four_charts_are_drawn_at_twice_their_size_and_describe_their_values() throws IOException {
        List<OutcomeCharts.Chart> charts =
                OutcomeCharts.draw(ReportSamples.responder(), ReportSamples.SETTINGS, BundleTexts.INSTANCE);

        assertThat(charts)
                .extracting(OutcomeCharts.Chart::id)
                .containsExactly("chart-headache-days", "chart-intensity", "chart-instruments", "chart-pain");
        for (OutcomeCharts.Chart chart : charts) {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(chart.png()));
            assertThat(image.getWidth()).isEqualTo(2 * OutcomeCharts.WIDTH);
            assertThat(image.getHeight()).isEqualTo(2 * OutcomeCharts.HEIGHT);
            Files.write(Path.of("target", chart.id() + ".png"), chart.png());
        }
        assertThat(charts.get(0).description()).isEqualTo("Headache days per 28 days: Baseline 8; 29 Jan 5; 26 Feb 3.");
        assertThat(charts.get(1).description())
                .isEqualTo("Mean peak intensity per 28 days (0-10): Baseline 7; 29 Jan 6; 26 Feb 5.");
        assertThat(charts.get(2).description()).contains("MIDAS 1 Jan 2026 24", "HIT-6 22 Mar 2026 55");
        assertThat(charts.get(3).description()).endsWith("31 Jan 2026 6 → 3; 14 Feb 2026 5 → 4.");
    }

    @Test
    void a_chart_drawn_on_a_canvas_that_held_another_chart_is_the_same_image() {
        List<OutcomeCharts.Chart> charts =
                OutcomeCharts.draw(ReportSamples.responder(), ReportSamples.SETTINGS, BundleTexts.INSTANCE);
        List<byte[]> forwards = charts.stream().map(OutcomeCharts.Chart::png).toList();
        List<byte[]> backwards = charts.reversed().stream()
                .map(OutcomeCharts.Chart::png)
                .toList()
                .reversed();

        for (int i = 0; i < charts.size(); i++) {
            assertThat(backwards.get(i)).as(charts.get(i).id()).isEqualTo(forwards.get(i));
        }
        assertThat(forwards.get(0)).isNotEqualTo(forwards.get(1));
    }

    @Test
    void the_baseline_bar_is_drawn_apart_from_the_later_periods() throws IOException {
        OutcomeCharts.Chart chart = OutcomeCharts.draw(
                        ReportSamples.responder(), ReportSamples.SETTINGS, BundleTexts.INSTANCE)
                .getFirst();
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(chart.png()));
        int grey = 0;
        int teal = 0;
        for (int x = 0; x < image.getWidth(); x++) {
            for (int y = 0; y < image.getHeight(); y++) {
                int rgb = image.getRGB(x, y) & 0xffffff;
                if (rgb == (new Color(0x8a, 0x94, 0x99).getRGB() & 0xffffff)) {
                    grey++;
                } else if (rgb == (new Color(0x1d, 0x70, 0x7c).getRGB() & 0xffffff)) {
                    teal++;
                }
            }
        }
        // The baseline bar (8 days) is grey; the two later bars (5 + 3 = 8 days) are teal: about the
        // same area, each thousands of pixels.
        assertThat(grey).isGreaterThan(5_000);
        assertThat(teal).isGreaterThan(5_000);
        assertThat((double) teal / grey).isBetween(0.8, 1.25);
    }

    @Test
    void without_diary_questionnaires_or_sessions_there_is_no_chart() {
        OutcomeReport sample = ReportSamples.responder();
        OutcomeReport empty = new OutcomeReport(
                1L,
                sample.from(),
                sample.to(),
                java.util.Optional.empty(),
                List.of(),
                List.of(),
                List.of(),
                java.util.Map.of(),
                List.of(),
                null,
                0,
                List.of(),
                List.of());
        assertThat(OutcomeCharts.draw(empty, ReportSamples.SETTINGS, BundleTexts.INSTANCE))
                .isEmpty();
    }
}
