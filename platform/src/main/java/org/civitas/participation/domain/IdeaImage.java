package org.civitas.participation.domain;

import java.util.Optional;
import org.civitas.shared.domain.FieldErrors;
import org.civitas.shared.domain.FileSignature;
import org.civitas.shared.domain.Texts;

/**
 * The optional image of an idea, with what it shows in words for people who cannot see it. Its type is the one its bytes
 * show (PNG, JPEG or WebP), never the one the sender claimed; SVG is refused, as it can carry script.
 */
public record IdeaImage(String mediaType, byte[] content, String alt) {
    /** As for a consultation's image. */
    public static final int MAX_BYTES = FileSignature.MAX_IMAGE_BYTES;
    public static final int ALT_MIN = 3;
    public static final int ALT_MAX = 200;

    /**
     * The image to store, or null with errors added on {@code image} (type, size) and {@code imageAlt} (its description).
     *
     * @param content the upload, read up to one byte past {@link #MAX_BYTES}
     */
    public static IdeaImage checked(FieldErrors errors, byte[] content, String alt) {
        Optional<String> type = FileSignature.of(content);
        if (content.length == 0) {
            errors.add("image", "The image file is empty.");
        } else if (content.length > MAX_BYTES) {
            errors.add("image", "The image is larger than " + FileSignature.megabytes(MAX_BYTES) + ", the most accepted. "
                    + "Resize it (1600 px wide is plenty).");
        } else if (type.isEmpty() || !FileSignature.isImage(type.get())) {
            errors.add("image", "The image must be a PNG, JPEG or WebP file (its content is not). SVG is not accepted: "
                    + "it can carry script.");
        }
        String described = Texts.checked(errors, "imageAlt", "The image's description", alt, ALT_MIN, ALT_MAX);
        return errors.has("image") || described == null ? null : new IdeaImage(type.get(), content, described);
    }
}
