package org.civitas.shared.api;

import org.civitas.shared.domain.FileSignature;

/** A request body larger than its kind of request accepts: answered 413, before or while it is read, nothing stored. */
public class RequestTooLargeException extends RuntimeException {
    public RequestTooLargeException(long length, long max) {
        super((length < 0 ? "The request body is larger than " + FileSignature.megabytes(max)
                : "The request body is " + FileSignature.megabytes(length)) + "; at most " + FileSignature.megabytes(max)
                + " is accepted here. Send a smaller file or less text; nothing was stored.");
    }
}
