package org.civitas.consultation.domain;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.civitas.shared.domain.FieldErrors;
import org.civitas.shared.domain.FileSignature;

/**
 * The rules for files staff attach to a consultation: what kinds, how big, under which name. The type served to
 * citizens is the one the bytes show, never the one the sender claimed.
 */
public final class Attachment {
    public static final int MAX_IMAGE_BYTES = FileSignature.MAX_IMAGE_BYTES;
    public static final int MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;
    public static final int MAX_DOCUMENTS = 20;
    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} ._()'-]{0,150}\\.[A-Za-z0-9]{1,5}");
    /** Extensions allowed for a document, with the signature their bytes must have and the type they are served as. */
    private static final Map<String, String[]> DOCUMENT_TYPES = Map.ofEntries(
            Map.entry("pdf", new String[] {FileSignature.PDF, "application/pdf"}),
            Map.entry("png", new String[] {FileSignature.PNG, "image/png"}),
            Map.entry("jpg", new String[] {FileSignature.JPEG, "image/jpeg"}),
            Map.entry("jpeg", new String[] {FileSignature.JPEG, "image/jpeg"}),
            Map.entry("webp", new String[] {FileSignature.WEBP, "image/webp"}),
            Map.entry("odt", new String[] {FileSignature.ZIP, "application/vnd.oasis.opendocument.text"}),
            Map.entry("ods", new String[] {FileSignature.ZIP, "application/vnd.oasis.opendocument.spreadsheet"}),
            Map.entry("odp", new String[] {FileSignature.ZIP, "application/vnd.oasis.opendocument.presentation"}),
            Map.entry("docx", new String[] {FileSignature.ZIP, "application/vnd.openxmlformats-officedocument.wordprocessingml.document"}),
            Map.entry("xlsx", new String[] {FileSignature.ZIP, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"}),
            Map.entry("pptx", new String[] {FileSignature.ZIP, "application/vnd.openxmlformats-officedocument.presentationml.presentation"}),
            Map.entry("csv", new String[] {FileSignature.TEXT, "text/csv; charset=UTF-8"}),
            Map.entry("txt", new String[] {FileSignature.TEXT, "text/plain; charset=UTF-8"}));

    private Attachment() {
    }

    /** The type to serve the consultation's image as; refused unless PNG, JPEG or WebP within the size limit. */
    public static String checkedImage(byte[] content) {
        FieldErrors errors = new FieldErrors();
        Optional<String> type = FileSignature.of(content);
        if (content.length > MAX_IMAGE_BYTES) {
            errors.add("image", "The image is " + FileSignature.megabytes(content.length) + "; at most " + FileSignature.megabytes(MAX_IMAGE_BYTES)
                    + " is accepted. Resize it (1600 px wide is plenty).");
        } else if (type.isEmpty() || !FileSignature.isImage(type.get())) {
            errors.add("image", "The image must be a PNG, JPEG or WebP file (its content is not). SVG is not accepted: "
                    + "it can carry script.");
        }
        errors.throwIfAny();
        return type.get();
    }

    /** The type to serve a document as; refused when its name, size or content is not one we accept. */
    public static String checkedDocument(String fileName, String title, byte[] content, int documentsAlready) {
        FieldErrors errors = new FieldErrors();
        if (documentsAlready >= MAX_DOCUMENTS) {
            errors.add("document", "A consultation has at most " + MAX_DOCUMENTS + " documents: remove one first.");
        }
        if (fileName == null || !NAME.matcher(fileName).matches()) {
            errors.add("name", "name must be a file name like plan-du-quartier.pdf (letters, digits, spaces, . _ - ( ) '; "
                    + "an extension; at most 150 characters; got \"" + fileName + "\").");
        }
        if (title != null && (title.isBlank() || title.strip().length() > 200)) {
            errors.add("title", "title must be 1 to 200 characters, or left out to use the file name.");
        }
        if (content.length == 0) {
            errors.add("document", "The file is empty.");
        } else if (content.length > MAX_DOCUMENT_BYTES) {
            errors.add("document", "The file is " + FileSignature.megabytes(content.length) + "; at most " + FileSignature.megabytes(MAX_DOCUMENT_BYTES)
                    + " is accepted.");
        }
        errors.throwIfAny();
        String extension = fileName.substring(fileName.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        String[] rule = DOCUMENT_TYPES.get(extension);
        if (rule == null) {
            errors.add("name", "Documents of type ." + extension + " are not accepted; accepted: "
                    + DOCUMENT_TYPES.keySet().stream().sorted().toList() + ".");
        } else if (!FileSignature.of(content).map(rule[0]::equals).orElse(false)) {
            errors.add("document", "The content of this file is not a ." + extension + " file; check that you chose the right file.");
        }
        errors.throwIfAny();
        return rule[1];
    }
}
