package org.headroom.intake;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Base64;
import javax.imageio.ImageIO;

/** Checks a drawn signature before it is stored: a real PNG of sensible size, nothing else. */
public final class Signatures {

    static final int MAX_BYTES = 512 * 1024;
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final String DATA_URL_PREFIX = "data:image/png;base64,";

    private Signatures() {}

    /** Decodes a {@code data:image/png;base64,...} URL from the signature pad; null for an empty pad. */
    public static byte[] fromDataUrl(String dataUrl) {
        if (dataUrl == null || dataUrl.isBlank()) {
            return null;
        }
        if (!dataUrl.startsWith(DATA_URL_PREFIX)) {
            throw new InvalidSignatureException();
        }
        try {
            byte[] png = Base64.getDecoder().decode(dataUrl.substring(DATA_URL_PREFIX.length()));
            check(png);
            return png;
        } catch (IllegalArgumentException e) {
            throw new InvalidSignatureException();
        }
    }

    static void check(byte[] png) {
        if (png == null) {
            return;
        }
        if (png.length > MAX_BYTES
                || png.length < PNG_MAGIC.length
                || !Arrays.equals(Arrays.copyOf(png, PNG_MAGIC.length), PNG_MAGIC)) {
            throw new InvalidSignatureException();
        }
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
            if (image == null || image.getWidth() > 3000 || image.getHeight() > 2000) {
                throw new InvalidSignatureException();
            }
        } catch (IOException e) {
            throw new InvalidSignatureException();
        }
    }

    /** The signature is not a usable image. */
    public static class InvalidSignatureException extends IllegalArgumentException {
        InvalidSignatureException() {
            super("The signature is not a valid PNG image");
        }
    }
}
