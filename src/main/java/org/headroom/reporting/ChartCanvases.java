package org.headroom.reporting;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.Arrays;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Function;

/**
 * Images to draw charts on, kept for the next chart instead of made anew each time.
 *
 * <p>A report chart at print size is 1440 x 600 pixels: 3.5 MB of pixels in one array. The garbage
 * collector (G1) puts every array larger than half of one of its regions (1 MB at a heap of 1 GB) in
 * whole regions of its own, outside the young generation, and such an allocation may start a marking
 * cycle of the whole heap. Under load the report page's charts made several of those a second and
 * kept G1 marking without pause; with too little left to copy into, it fell back to full
 * collections of half a second (docs/performance.md, "Load").
 *
 * <p>At most {@code kept} images are kept (drawing is processor-bound, so about one per processor is
 * in use at a time); when all are in use, a new one is made and dropped after. An image handed out
 * is black, as a new one is.
 */
final class ChartCanvases {

    private final int width;
    private final int height;
    private final BlockingQueue<BufferedImage> idle;

    ChartCanvases(int width, int height, int kept) {
        this.width = width;
        this.height = height;
        this.idle = new ArrayBlockingQueue<>(kept);
    }

    /** Draws on a canvas, and gives the canvas back once {@code use} has returned. */
    <T> T with(Function<BufferedImage, T> use) {
        BufferedImage canvas = take();
        try {
            return use.apply(canvas);
        } finally {
            idle.offer(canvas);
        }
    }

    /** How many canvases wait for the next chart. */
    int idle() {
        return idle.size();
    }

    private BufferedImage take() {
        BufferedImage canvas = idle.poll();
        if (canvas == null) {
            return new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        }
        Arrays.fill(((DataBufferInt) canvas.getRaster().getDataBuffer()).getData(), 0);
        return canvas;
    }
}
