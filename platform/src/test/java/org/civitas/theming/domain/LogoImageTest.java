package org.civitas.theming.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.civitas.shared.domain.InvalidInputException;
import org.junit.jupiter.api.Test;

class LogoImageTest {
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13};
    static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16};
    static final byte[] WEBP = {'R', 'I', 'F', 'F', 1, 0, 0, 0, 'W', 'E', 'B', 'P', 'V', 'P', '8'};

    @Test
    void imagesAreRecognisedByTheirFirstBytes() {
        assertEquals("image/png", LogoImage.checked("image/png", PNG).mediaType());
        assertEquals("image/jpeg", LogoImage.checked("image/jpeg; charset=x", JPEG).mediaType());
        assertEquals("image/webp", LogoImage.checked("IMAGE/WEBP", WEBP).mediaType());
    }

    @Test
    void aTypeThatDoesNotMatchTheContentIsRefused() {
        assertTrue(refused("image/png", JPEG).contains("is a JPEG image but was sent as \"image/png\""));
        assertTrue(refused("image/png", "GIF89a....".getBytes(StandardCharsets.US_ASCII)).contains("not a PNG, JPEG or WebP"));
    }

    @Test
    void svgIsRefusedSayingWhyAndWhatToUploadInstead() {
        String message = refused("image/png", "\uFEFF <?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\"/>".getBytes(StandardCharsets.UTF_8));
        assertTrue(message.contains("SVG") && message.contains("scripts") && message.contains("PNG"), message);
        assertTrue(refused("image/svg+xml", PNG).contains("SVG"));
    }

    @Test
    void tooBigOrEmptyIsRefusedWithTheLimit() {
        byte[] big = new byte[LogoImage.MAX_BYTES + 1];
        System.arraycopy(PNG, 0, big, 0, PNG.length);
        assertTrue(refused("image/png", big).contains("512 KB"));
        assertTrue(refused("image/png", new byte[0]).contains("empty"));
    }

    private static String refused(String type, byte[] content) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> LogoImage.checked(type, content));
        assertEquals("logo", e.errors().get(0).field());
        return e.getMessage();
    }
}
