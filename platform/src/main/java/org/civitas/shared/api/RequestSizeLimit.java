package org.civitas.shared.api;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.civitas.shared.domain.FileSignature;

/**
 * Bodies the framework reads whole before any resource sees them (JSON, forms, multipart) are bounded here, for every
 * address at once: a declared length over the bound is refused before reading, and a JSON or multipart body without one
 * (chunked) stops being read at the bound. Raw uploads are bounded by their own resource as they are read (UploadBody).
 */
@Provider
@Priority(Priorities.AUTHENTICATION - 100)
public class RequestSizeLimit implements ContainerRequestFilter {
    /** JSON and form fields: far more than any text a person types. */
    static final long TEXT_MAX = 1024 * 1024;
    /** An image (the largest file a form sends with its fields) and the form's text. */
    static final long MULTIPART_MAX = FileSignature.MAX_IMAGE_BYTES + TEXT_MAX;

    @Override
    public void filter(ContainerRequestContext request) {
        MediaType type = request.getMediaType();
        long max = limitFor(type);
        if (max < 0) {
            return;
        }
        long length = declaredLength(request.getHeaderString(HttpHeaders.CONTENT_LENGTH));
        if (length > max) {
            throw new RequestTooLargeException(length, max);
        }
        // The body is not touched here (not even to ask whether there is one): @FormParam reads the servlet's parameters,
        // which a read byte would corrupt. Forms come from browsers, which declare their length; the rest is bounded as read.
        if (!type.isCompatible(MediaType.APPLICATION_FORM_URLENCODED_TYPE)) {
            request.setEntityStream(new Bounded(request.getEntityStream(), max));
        }
    }

    /** The bound for a body of this type, or -1 when its resource reads and bounds it itself. */
    static long limitFor(MediaType type) {
        if (type == null) {
            return -1;
        }
        if (type.getType().equals("multipart")) {
            return MULTIPART_MAX;
        }
        boolean json = type.getSubtype().equals("json") || type.getSubtype().endsWith("+json");
        return json || type.isCompatible(MediaType.APPLICATION_FORM_URLENCODED_TYPE) ? TEXT_MAX : -1;
    }

    private static long declaredLength(String header) {
        try {
            return header == null ? -1 : Long.parseLong(header.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** Stops reading a body without a declared length once it passes the bound. */
    private static final class Bounded extends FilterInputStream {
        private final long max;
        private long read;

        Bounded(InputStream in, long max) {
            super(in);
            this.max = max;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            count(Math.max(n, 0));
            return n;
        }

        private void count(int n) {
            read += n;
            if (read > max) {
                throw new RequestTooLargeException(-1, max);
            }
        }
    }
}
