package org.civitas.shared.api;

import java.io.IOException;
import java.io.InputStream;
import org.civitas.shared.domain.InvalidInputException;

/** A raw upload, read up to one byte past its limit, so an oversized file is refused without being held whole. */
public final class UploadBody {
    private UploadBody() {
    }

    /** At most {@code max + 1} bytes of the body (empty without one); more than {@code max} means too large. */
    public static byte[] read(InputStream body, int max) {
        if (body == null) {
            return new byte[0];
        }
        try (InputStream in = body) {
            return in.readNBytes(max + 1);
        } catch (IOException e) {
            throw new InvalidInputException("body", "The upload was interrupted; send the file again.");
        }
    }
}
