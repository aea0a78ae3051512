package org.civitas.shared.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.ws.rs.core.MediaType;
import org.junit.jupiter.api.Test;

/** Unit-level: which bodies the filter bounds, and by how much (the IT shows the refusals). */
class RequestSizeLimitTest {
    @Test
    void bodiesReadWholeAreBoundedByTheirKind() {
        assertEquals(RequestSizeLimit.TEXT_MAX, RequestSizeLimit.limitFor(new MediaType("application", "json", "UTF-8")));
        assertEquals(RequestSizeLimit.TEXT_MAX, RequestSizeLimit.limitFor(new MediaType("application", "merge-patch+json")));
        assertEquals(RequestSizeLimit.TEXT_MAX, RequestSizeLimit.limitFor(MediaType.APPLICATION_FORM_URLENCODED_TYPE));
        assertEquals(RequestSizeLimit.MULTIPART_MAX, RequestSizeLimit.limitFor(new MediaType("multipart", "form-data", java.util.Map.of("boundary", "x"))));
    }

    @Test
    void rawUploadsAreLeftToTheResourceThatReadsThem() {
        assertEquals(-1, RequestSizeLimit.limitFor(new MediaType("image", "png")));
        assertEquals(-1, RequestSizeLimit.limitFor(new MediaType("application", "pdf")));
        assertEquals(-1, RequestSizeLimit.limitFor(null));
    }
}
