package org.civitas.participation.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.civitas.shared.domain.FieldError;
import org.civitas.shared.domain.FieldErrors;
import org.civitas.shared.domain.InvalidInputException;
import org.junit.jupiter.api.Test;

class IdeaImageTest {
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13};

    static List<FieldError> errorsOf(byte[] content, String alt) {
        FieldErrors errors = new FieldErrors();
        IdeaImage image = IdeaImage.checked(errors, content, alt);
        try {
            errors.throwIfAny();
            return List.of();
        } catch (InvalidInputException e) {
            assertNull(image, "nothing to store when refused");
            return e.errors();
        }
    }

    @Test
    void keepsAnImageByItsContentWithItsTrimmedDescription() {
        IdeaImage image = IdeaImage.checked(new FieldErrors(), PNG, "  Un banc sous un platane ");
        assertEquals("image/png", image.mediaType());
        assertEquals("Un banc sous un platane", image.alt());
    }

    @Test
    void refusesWhatIsNotAnImageWhateverItsNameAndSvg() {
        for (String markup : List.of("<html><script>alert(1)</script></html>",
                "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>", "juste du texte")) {
            List<FieldError> errors = errorsOf(markup.getBytes(StandardCharsets.UTF_8), "Un banc");
            assertEquals("image", errors.get(0).field());
            assertTrue(errors.get(0).message().contains("PNG, JPEG or WebP"), errors.toString());
        }
        assertEquals("image", errorsOf(new byte[0], "Un banc").get(0).field());
    }

    @Test
    void refusesAnImageOverTheLimit() {
        byte[] big = Arrays.copyOf(PNG, IdeaImage.MAX_BYTES + 1);
        List<FieldError> errors = errorsOf(big, "Un banc");
        assertEquals("image", errors.get(0).field());
        assertTrue(errors.get(0).message().contains("2.0 MB"), errors.toString());
        assertEquals(List.of(), errorsOf(Arrays.copyOf(PNG, IdeaImage.MAX_BYTES), "Un banc"), "the limit itself is accepted");
    }

    @Test
    void needsADescriptionOfWhatItShows() {
        assertEquals(List.of("imageAlt"), errorsOf(PNG, null).stream().map(FieldError::field).toList());
        assertEquals(List.of("imageAlt"), errorsOf(PNG, "ab").stream().map(FieldError::field).toList());
        assertEquals(List.of("imageAlt"), errorsOf(PNG, "x".repeat(201)).stream().map(FieldError::field).toList());
        assertEquals(List.of("image", "imageAlt"), errorsOf(new byte[] {1, 2}, " ").stream().map(FieldError::field).toList());
    }
}
