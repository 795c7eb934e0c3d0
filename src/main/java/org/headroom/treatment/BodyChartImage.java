package org.headroom.treatment;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Set;
import javax.imageio.ImageIO;

/**
 * The body chart drawn for paper from the same shapes as the screen ({@link BodyRegion}): front and
 * back side by side, treated areas filled dark with a hatch-free solid so they read in black and
 * white, and labelled views.
 */
final class BodyChartImage {

    private static final int SCALE = 3;
    private static final Color OUTLINE = new Color(0xE6, 0xE6, 0xE6);
    private static final Color OUTLINE_EDGE = new Color(0x99, 0x99, 0x99);
    private static final Color TREATED = new Color(0x1B, 0x6E, 0x78);

    private BodyChartImage() {}

    static byte[] png(Set<BodyRegion> treated, String frontLabel, String backLabel) {
        int width = (int) (BodyRegion.WIDTH * 2 + 40) * SCALE;
        int height = (int) (BodyRegion.HEIGHT + 30) * SCALE;
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.scale(SCALE, SCALE);
        draw(g, BodyRegion.View.FRONT, treated, frontLabel);
        g.translate(BodyRegion.WIDTH + 40, 0);
        draw(g, BodyRegion.View.BACK, treated, backLabel);
        g.dispose();
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void draw(Graphics2D g, BodyRegion.View view, Set<BodyRegion> treated, String label) {
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        g.setColor(Color.DARK_GRAY);
        g.drawString(label, 8, 14);
        Graphics2D figure = (Graphics2D) g.create();
        figure.translate(0, 24);
        figure.setStroke(new BasicStroke(1f));
        for (BodyRegion.Shape shape : BodyRegion.OUTLINE) {
            java.awt.Shape s = awt(shape);
            figure.setColor(OUTLINE);
            figure.fill(s);
            figure.setColor(OUTLINE_EDGE);
            figure.draw(s);
        }
        for (BodyRegion region : BodyRegion.on(view)) {
            java.awt.Shape s = awt(region.shape());
            if (treated.contains(region)) {
                figure.setColor(TREATED);
                figure.fill(s);
            }
            figure.setColor(Color.GRAY);
            figure.draw(s);
        }
        figure.dispose();
    }

    static java.awt.Shape awt(BodyRegion.Shape s) {
        return s.ellipse()
                ? new Ellipse2D.Double(s.x() - s.w(), s.y() - s.h(), s.w() * 2, s.h() * 2)
                : new Rectangle2D.Double(s.x(), s.y(), s.w(), s.h());
    }
}
