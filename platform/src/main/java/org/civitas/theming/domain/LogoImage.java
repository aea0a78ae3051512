package org.civitas.theming.domain;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import org.civitas.shared.domain.FileSignature;
import org.civitas.shared.domain.InvalidInputException;

/**
 * A logo uploaded by a municipality: PNG, JPEG or WebP, recognised by its first bytes (the declared type must agree),
 * at most {@link #MAX_BYTES}. SVG is refused: an SVG file is a document that can carry scripts, links and external
 * references, and sanitising it safely is a project of its own.
 */
public record LogoImage(String mediaType, byte[] content) {
    public static final int MAX_BYTES = 512 * 1024;
    private static final String UPLOAD = "Upload a PNG, JPEG or WebP image of at most 512 KB.";
    private static final Map<String, String> NAMES = Map.of("image/png", "PNG", "image/jpeg", "JPEG", "image/webp", "WebP");

    /** A checked logo; {@code declaredType} is the request's Content-Type. */
    public static LogoImage checked(String declaredType, byte[] content) {
        String declared = declaredType == null ? "" : declaredType.split(";")[0].trim().toLowerCase(Locale.ROOT);
        if (content == null || content.length == 0) {
            throw refused("The request body is empty. " + UPLOAD);
        }
        if (content.length > MAX_BYTES) {
            throw refused("The logo is larger than 512 KB. " + UPLOAD + " Export it smaller (about 400 px wide is plenty).");
        }
        if (declared.equals("image/svg+xml") || looksLikeSvg(content)) {
            throw refused("SVG logos are refused: an SVG file can carry scripts and links that would run on the portal. "
                    + "Export the logo as PNG (about 400 px wide, transparent background) or WebP and upload that, at most 512 KB.");
        }
        String actual = detect(content);
        if (actual == null) {
            throw refused("The file is not a PNG, JPEG or WebP image (its first bytes say so, whatever its name). " + UPLOAD);
        }
        if (!declared.equals(actual)) {
            throw refused("The file is a " + NAMES.get(actual) + " image but was sent as \"" + declared + "\". "
                    + "Send it with Content-Type: " + actual + ".");
        }
        return new LogoImage(actual, content);
    }

    /** A short content hash: the logo's version in URLs and its ETag. */
    public String hash() {
        return ContentHash.of(content);
    }

    static String detect(byte[] b) {
        return FileSignature.of(b).filter(FileSignature::isImage).orElse(null);
    }

    private static boolean looksLikeSvg(byte[] content) {
        String head = new String(content, 0, Math.min(content.length, 1024), StandardCharsets.UTF_8).replace("\uFEFF", "")
                .stripLeading().toLowerCase(Locale.ROOT);
        return head.startsWith("<") && head.contains("<svg");
    }

    private static InvalidInputException refused(String message) {
        return new InvalidInputException("logo", message);
    }
}
