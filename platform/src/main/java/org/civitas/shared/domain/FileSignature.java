package org.civitas.shared.domain;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What a file really is, from its first bytes rather than from what the sender claims, so an uploaded "image" that is
 * an HTML page or a script is refused.
 */
public final class FileSignature {
    /** The largest picture accepted from staff or citizens (a consultation's image, an idea's image). */
    public static final int MAX_IMAGE_BYTES = 2 * 1024 * 1024;
    public static final String PNG = "image/png";
    public static final String JPEG = "image/jpeg";
    public static final String WEBP = "image/webp";
    public static final String PDF = "application/pdf";
    /** ZIP container: OpenDocument and Office Open XML files. */
    public static final String ZIP = "application/zip";
    /** UTF-8 text without control characters other than tab and line ends (CSV, plain text). */
    public static final String TEXT = "text/plain";

    private FileSignature() {
    }

    public static Optional<String> of(byte[] content) {
        if (startsWith(content, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Optional.of(PNG);
        }
        if (startsWith(content, 0xFF, 0xD8, 0xFF)) {
            return Optional.of(JPEG);
        }
        if (startsWith(content, 'R', 'I', 'F', 'F') && content.length >= 12
                && Arrays.equals(Arrays.copyOfRange(content, 8, 12), "WEBP".getBytes(StandardCharsets.US_ASCII))) {
            return Optional.of(WEBP);
        }
        if (startsWith(content, '%', 'P', 'D', 'F', '-')) {
            return Optional.of(PDF);
        }
        if (startsWith(content, 'P', 'K', 3, 4)) {
            return Optional.of(ZIP);
        }
        return isPlainText(content) ? Optional.of(TEXT) : Optional.empty();
    }

    public static boolean isImage(String mediaType) {
        return PNG.equals(mediaType) || JPEG.equals(mediaType) || WEBP.equals(mediaType);
    }

    private static boolean startsWith(byte[] content, int... prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((content[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean isPlainText(byte[] content) {
        if (content.length == 0) {
            return false;
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
            String head = text.stripLeading().toLowerCase(java.util.Locale.ROOT);
            if (head.startsWith("<")) {
                return false; // markup (HTML, SVG, XML) is not plain text, whatever its extension
            }
            return text.chars().noneMatch(c -> c < 0x20 && c != '\t' && c != '\n' && c != '\r');
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** A size as people read it in a refusal: "2.0 MB". */
    public static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
