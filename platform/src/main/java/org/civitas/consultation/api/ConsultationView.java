package org.civitas.consultation.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import org.civitas.consultation.domain.Consultation;
import org.civitas.consultation.domain.ConsultationFile;
import org.civitas.consultation.domain.FileInfo;
import org.civitas.consultation.domain.Phase;

/**
 * A consultation as the API and the pages show it. {@code timing} says where it stands today (current, upcoming,
 * closed); URLs are absolute paths on the municipality's portal. {@code documents} is left out of lists.
 */
public record ConsultationView(long id, String title, String summary, String description, String stakes, String procedure,
                               String decidedBy, String status, String timing, List<String> tags, String district,
                               ImageView image, List<DocumentView> documents, List<PhaseView> phases, int version,
                               OffsetDateTime createdAt, OffsetDateTime updatedAt) {

    /** A phase; {@code current} when it is under way today. */
    public record PhaseView(long id, int position, String title, String method, LocalDate startsOn, LocalDate endsOn,
                            boolean current) {
        static PhaseView of(Phase p, LocalDate today) {
            return new PhaseView(p.id() == null ? 0 : p.id(), p.position(), p.title(), p.method(), p.startsOn(), p.endsOn(),
                    p.isCurrentOn(today));
        }
    }

    public record ImageView(String url, String alt) {
    }

    public record DocumentView(long id, String title, String name, String mediaType, long size, String url) {
    }

    /** The one phase under way today, or null. */
    public PhaseView currentPhase() {
        return phases.stream().filter(PhaseView::current).findFirst().orElse(null);
    }

    /** The first day of its timeline (phases need not be entered in date order), or null. */
    public LocalDate firstDay() {
        return phases.stream().map(PhaseView::startsOn).min(LocalDate::compareTo).orElse(null);
    }

    /** The last day of its timeline, or null. */
    public LocalDate lastDay() {
        return phases.stream().map(PhaseView::endsOn).max(LocalDate::compareTo).orElse(null);
    }

    /** In a list: no documents; the image if it has one. */
    static ConsultationView summary(Consultation c, Long imageId, LocalDate today, String base) {
        return of(c, imageId, null, today, base);
    }

    /** In full, with its documents. */
    static ConsultationView full(Consultation c, List<FileInfo> files, LocalDate today, String base) {
        Long imageId = files.stream().filter(f -> f.kind().equals(ConsultationFile.IMAGE)).map(FileInfo::id).findFirst()
                .orElse(null);
        List<DocumentView> documents = files.stream().filter(f -> f.kind().equals(ConsultationFile.DOCUMENT))
                .map(f -> new DocumentView(f.id(), f.title(), f.fileName(), f.mediaType(), f.size(),
                        base + "/consultations/" + c.id() + "/documents/" + f.id()))
                .toList();
        return of(c, imageId, documents, today, base);
    }

    private static ConsultationView of(Consultation c, Long imageId, List<DocumentView> documents, LocalDate today,
                                       String base) {
        // the file id in the URL changes with the image, so the image can be cached for long
        ImageView image = imageId == null ? null
                : new ImageView(base + "/consultations/" + c.id() + "/image?v=" + imageId, c.imageAlt());
        return new ConsultationView(c.id(), c.title(), c.summary(), c.description(), c.stakes(), c.procedure(), c.decidedBy(),
                c.status().name().toLowerCase(Locale.ROOT), c.timingOn(today).key(), c.tags(), c.district(), image, documents,
                c.phases().stream().map(p -> PhaseView.of(p, today)).toList(), c.version(), c.createdAt(), c.updatedAt());
    }
}
