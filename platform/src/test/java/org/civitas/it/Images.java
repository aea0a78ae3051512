package org.civitas.it;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/** Small real images for upload tests, drawn in memory. */
final class Images {
    private Images() {
    }

    /** A logo-like image: a coloured badge with a word on it. */
    static byte[] logo(String format, String word, Color colour) {
        BufferedImage image = new BufferedImage(240, 72, format.equals("png") ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRoundRect(0, 0, 240, 72, 24, 24);
        g.setColor(colour);
        g.fillOval(8, 8, 56, 56);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 30));
        g.drawString(word, 76, 48);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
