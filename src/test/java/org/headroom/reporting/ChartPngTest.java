package org.headroom.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** The charts' PNG writer: lossless, well-formed, and smaller than the JDK's for a chart. */
class ChartPngTest {

    @Test
    void every_pixel_reads_back_as_drawn_even_in_noise() throws IOException {
        BufferedImage image = new BufferedImage(37, 23, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(7);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                image.setRGB(x, y, random.nextInt());
            }
        }
        assertSamePixels(image, ImageIO.read(new ByteArrayInputStream(ChartPng.encode(image))));
    }

    @Test
    void a_chart_reads_back_as_drawn_and_is_smaller_than_the_jdks_png() throws IOException {
        BufferedImage image = new BufferedImage(1440, 600, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 1440, 600);
        g.setColor(new Color(0x1d, 0x70, 0x7c));
        for (int bar = 0; bar < 20; bar++) {
            g.fillRect(40 + bar * 70, 580 - bar * 25, 50, bar * 25);
        }
        g.setColor(Color.DARK_GRAY);
        g.drawString("Headache days per 28 days", 600, 30);
        g.dispose();

        byte[] png = ChartPng.encode(image);
        assertSamePixels(image, ImageIO.read(new ByteArrayInputStream(png)));
        ByteArrayOutputStream jdks = new ByteArrayOutputStream();
        ImageIO.write(image, "png", jdks);
        assertThat(png.length).isLessThan(jdks.size());
    }

    @Test
    void the_file_has_the_signature_and_chunks_with_true_checksums() {
        BufferedImage image = new BufferedImage(5, 3, BufferedImage.TYPE_INT_RGB);
        ByteBuffer file = ByteBuffer.wrap(ChartPng.encode(image));
        byte[] signature = new byte[8];
        file.get(signature);
        assertThat(signature).containsExactly(0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n');
        List<String> chunks = new ArrayList<>();
        while (file.hasRemaining()) {
            int length = file.getInt();
            byte[] typeAndData = new byte[4 + length];
            file.get(typeAndData);
            CRC32 crc = new CRC32();
            crc.update(typeAndData);
            String type = new String(typeAndData, 0, 4, StandardCharsets.US_ASCII);
            assertThat(file.getInt()).as(type + " checksum").isEqualTo((int) crc.getValue());
            chunks.add(type);
            if (type.equals("IHDR")) {
                ByteBuffer header = ByteBuffer.wrap(typeAndData, 4, length);
                assertThat(header.getInt()).isEqualTo(5);
                assertThat(header.getInt()).isEqualTo(3);
                assertThat(header.get()).as("bit depth").isEqualTo((byte) 8);
                assertThat(header.get()).as("colour type RGB").isEqualTo((byte) 2);
            }
        }
        assertThat(chunks).containsExactly("IHDR", "IDAT", "IEND");
    }

    @Test
    void an_image_with_transparency_is_refused_rather_than_written_wrong() {
        BufferedImage image = new BufferedImage(4, 4, BufferedImage.TYPE_INT_ARGB);
        assertThatThrownBy(() -> ChartPng.encode(image)).isInstanceOf(IllegalArgumentException.class);
    }

    private static void assertSamePixels(BufferedImage drawn, BufferedImage read) {
        assertThat(read.getWidth()).isEqualTo(drawn.getWidth());
        assertThat(read.getHeight()).isEqualTo(drawn.getHeight());
        for (int y = 0; y < drawn.getHeight(); y++) {
            for (int x = 0; x < drawn.getWidth(); x++) {
                assertThat(read.getRGB(x, y) & 0xffffff)
                        .as("pixel %d,%d", x, y)
                        .isEqualTo(drawn.getRGB(x, y) & 0xffffff);
            }
        }
    }
}
