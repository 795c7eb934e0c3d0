package org.headroom.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Chart canvases are reused, handed out black as new ones are, and only a few are kept. */
class ChartCanvasesTest {

    @Test
    void a_canvas_given_back_is_handed_out_again_black() {
        ChartCanvases canvases = new ChartCanvases(40, 20, 2);
        BufferedImage first = canvases.with(canvas -> {
            Graphics2D g = canvas.createGraphics();
            g.setColor(Color.ORANGE);
            g.fillRect(0, 0, 40, 20);
            g.dispose();
            return canvas;
        });

        BufferedImage second = canvases.with(canvas -> canvas);

        assertThat(second).isSameAs(first);
        for (int x = 0; x < 40; x++) {
            for (int y = 0; y < 20; y++) {
                assertThat(second.getRGB(x, y) & 0xffffff).isZero();
            }
        }
        assertThat(second.getType()).isEqualTo(BufferedImage.TYPE_INT_RGB);
        assertThat(canvases.idle()).isEqualTo(1);
    }

    @Test
    void canvases_in_use_at_once_are_all_different_and_at_most_the_kept_number_stay() throws Exception {
        ChartCanvases canvases = new ChartCanvases(40, 20, 2);
        int drawers = 4;
        CountDownLatch allDrawing = new CountDownLatch(drawers);
        ExecutorService pool = Executors.newFixedThreadPool(drawers);
        try {
            List<Future<BufferedImage>> drawn = new ArrayList<>();
            for (int i = 0; i < drawers; i++) {
                drawn.add(pool.submit(() -> canvases.with(canvas -> {
                    allDrawing.countDown();
                    try {
                        assertThat(allDrawing.await(10, TimeUnit.SECONDS)).isTrue();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return canvas;
                })));
            }
            List<BufferedImage> images = new ArrayList<>();
            for (Future<BufferedImage> f : drawn) {
                images.add(f.get(10, TimeUnit.SECONDS));
            }
            assertThat(images).doesNotHaveDuplicates();
        } finally {
            pool.shutdownNow();
        }
        assertThat(canvases.idle()).isEqualTo(2);
    }

    @Test
    void a_canvas_is_given_back_when_drawing_fails() {
        ChartCanvases canvases = new ChartCanvases(40, 20, 2);
        try {
            canvases.with(canvas -> {
                throw new IllegalStateException("drawing failed");
            });
        } catch (IllegalStateException expected) {
            // the failure reaches the caller
        }
        assertThat(canvases.idle()).isEqualTo(1);
    }
}
