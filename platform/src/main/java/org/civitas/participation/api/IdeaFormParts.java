package org.civitas.participation.api;

import jakarta.ws.rs.core.EntityPart;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.civitas.participation.domain.IdeaImage;
import org.civitas.shared.api.UploadBody;

/** The fields of an idea's multipart forms (a proposal, a picture), each read bounded. */
final class IdeaFormParts {
    /** Bytes read of a text field: well past the longest text accepted (5000 characters), so a longer one is refused. */
    private static final int TEXT_FIELD_MAX = 32 * 1024;

    private IdeaFormParts() {
    }

    /** A text field, read as UTF-8 (the page's encoding) and bounded; "" when absent. */
    static String text(List<EntityPart> parts, String name) {
        return parts.stream().filter(p -> p.getName().equals(name)).findFirst()
                .map(p -> new String(UploadBody.read(p.getContent(), TEXT_FIELD_MAX), StandardCharsets.UTF_8)).orElse("");
    }

    /** A file, read up to one byte past an image's limit; empty when none was chosen. */
    static byte[] file(List<EntityPart> parts, String name) {
        return parts.stream().filter(p -> p.getName().equals(name)).findFirst()
                .map(p -> UploadBody.read(p.getContent(), IdeaImage.MAX_BYTES)).orElse(new byte[0]);
    }
}
