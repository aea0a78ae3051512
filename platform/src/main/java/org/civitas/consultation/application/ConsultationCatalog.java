package org.civitas.consultation.application;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import org.civitas.consultation.domain.Attachment;
import org.civitas.consultation.domain.CatalogFilter;
import org.civitas.consultation.domain.Consultation;
import org.civitas.consultation.domain.ConsultationFile;
import org.civitas.consultation.domain.ConsultationRepository;
import org.civitas.consultation.domain.ConsultationStatus;
import org.civitas.consultation.domain.FileInfo;
import org.civitas.identity.application.AccessPolicy;
import org.civitas.identity.domain.Permission;
import org.civitas.shared.domain.InvalidInputException;
import org.civitas.shared.domain.NotFoundException;
import org.civitas.tenancy.application.TenantClock;

/**
 * The current tenant's consultations: what citizens may see and find, and how staff write, publish and close them.
 * Drafts are seen only by staff who may edit consultations; to anyone else they do not exist.
 */
@RequestScoped
public class ConsultationCatalog {
    @Inject
    ConsultationRepository repository;
    @Inject
    AccessPolicy access;
    @Inject
    TenantClock clock;
    /** The shown consultations, read once per request (the home page filters them and lists their themes). */
    private List<Consultation> shown;

    /** The catalog's days: the municipality's calendar, the one phases open and close by. */
    public LocalDate today() {
        return clock.today();
    }

    /** Published and closed consultations that match what the citizen narrowed the catalog to. */
    public List<Consultation> shown(CatalogFilter filter) {
        LocalDate today = today();
        String text = filter.text() == null ? null : filter.text().toLowerCase(Locale.ROOT);
        return shownOnce().stream()
                .filter(c -> filter.timing() == null || c.timingOn(today) == filter.timing())
                .filter(c -> filter.tag() == null || c.tags().stream().anyMatch(filter.tag()::equalsIgnoreCase))
                .filter(c -> filter.district() == null || filter.district().equalsIgnoreCase(c.district()))
                .filter(c -> text == null || contains(c.title(), text) || contains(c.summary(), text)
                        || contains(c.description(), text) || c.tags().stream().anyMatch(t -> contains(t, text)))
                .toList();
    }

    private static boolean contains(String haystack, String lowerNeedle) {
        return haystack != null && haystack.toLowerCase(Locale.ROOT).contains(lowerNeedle);
    }

    private List<Consultation> shownOnce() {
        if (shown == null) {
            shown = repository.shown();
        }
        return shown;
    }

    /** The themes and districts citizens can filter on: those of the consultations shown. */
    public Facets facets() {
        TreeSet<String> tags = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        TreeSet<String> districts = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        for (Consultation c : shownOnce()) {
            tags.addAll(c.tags());
            if (c.district() != null) {
                districts.add(c.district());
            }
        }
        return new Facets(List.copyOf(tags), List.copyOf(districts));
    }

    public record Facets(List<String> tags, List<String> districts) {
    }

    /** Every consultation, drafts included (permission edit-consultations). */
    public List<Consultation> forStaff() {
        access.require(Permission.EDIT_CONSULTATIONS);
        return repository.all();
    }

    /** A consultation as the caller may see it: published or closed, or a draft for staff who edit consultations. */
    public Consultation shown(long id) {
        return find(id).orElseThrow(() -> absent(id));
    }

    /** The consultation if the caller may see it. */
    public Optional<Consultation> find(long id) {
        return repository.find(id).filter(this::visible);
    }

    /** Whether the caller sees a draft (staff preview) rather than only what citizens see. */
    public boolean canEdit() {
        return access.permissions().contains(Permission.EDIT_CONSULTATIONS);
    }

    private boolean visible(Consultation c) {
        return c.status() != ConsultationStatus.DRAFT || canEdit();
    }

    private static NotFoundException absent(long id) {
        return new NotFoundException("No consultation " + id + " in this municipality.");
    }

    /** Staff create a consultation (permission edit-consultations); a draft unless the form says published. */
    public Consultation create(ConsultationForm form) {
        access.require(Permission.EDIT_CONSULTATIONS);
        form.check(true);
        Consultation consultation = new Consultation(form.title().strip(), form.summary().strip(), form.initialStatus(),
                now());
        form.applyTo(consultation);
        return repository.add(consultation);
    }

    /** Staff change a consultation whole (text, themes, timeline); refused if someone saved it since they read it. */
    @Transactional
    public Consultation update(long id, ConsultationForm form) {
        access.require(Permission.EDIT_CONSULTATIONS);
        Consultation consultation = editable(id);
        form.check(false);
        form.applyTo(consultation);
        consultation.touch(now());
        return repository.save(consultation, form.version());
    }

    @Transactional
    public Consultation publish(long id) {
        access.require(Permission.EDIT_CONSULTATIONS);
        Consultation consultation = editable(id);
        consultation.publish();
        consultation.touch(now());
        return repository.save(consultation, consultation.version());
    }

    @Transactional
    public Consultation close(long id) {
        access.require(Permission.EDIT_CONSULTATIONS);
        Consultation consultation = editable(id);
        consultation.close();
        consultation.touch(now());
        return repository.save(consultation, consultation.version());
    }

    /** Refuses a caller who may not edit consultations, or a consultation that is not here. */
    public void requireEditable(long id) {
        access.require(Permission.EDIT_CONSULTATIONS);
        editable(id);
    }

    private Consultation editable(long id) {
        return repository.find(id).orElseThrow(() -> absent(id));
    }

    /** For demo data and other trusted background work, which has no caller to check. */
    public Consultation add(Consultation consultation) {
        return repository.add(consultation);
    }

    public long count() {
        return repository.count();
    }

    // ---- files: the image and the documents ----

    public List<FileInfo> files(long consultationId) {
        shown(consultationId);
        return repository.files(consultationId);
    }

    /** The bytes of an attached file, if the caller may see its consultation. */
    public ConsultationFile file(long consultationId, long fileId) {
        shown(consultationId);
        return repository.file(consultationId, fileId)
                .orElseThrow(() -> new NotFoundException("Consultation " + consultationId + " has no file " + fileId + "."));
    }

    /** Which consultations have an image (consultation id to file id), for lists. */
    public java.util.Map<Long, Long> imageIds() {
        return repository.imageIds();
    }

    public Optional<ConsultationFile> image(long consultationId) {
        shown(consultationId);
        return repository.image(consultationId);
    }

    /** Sets the consultation's image (replacing the previous one). */
    @Transactional
    public FileInfo replaceImage(long consultationId, byte[] content) {
        access.require(Permission.EDIT_CONSULTATIONS);
        editable(consultationId);
        String type = Attachment.checkedImage(content);
        repository.image(consultationId).ifPresent(repository::remove);
        String name = "image." + type.substring(type.indexOf('/') + 1);
        return repository.attach(new ConsultationFile(consultationId, ConsultationFile.IMAGE, name, name, type, content, now()));
    }

    @Transactional
    public void removeImage(long consultationId) {
        access.require(Permission.EDIT_CONSULTATIONS);
        editable(consultationId);
        repository.image(consultationId).ifPresent(repository::remove);
    }

    /** Attaches a document citizens can download; its type is checked against its content. */
    @Transactional
    public FileInfo attachDocument(long consultationId, String fileName, String title, byte[] content) {
        access.require(Permission.EDIT_CONSULTATIONS);
        editable(consultationId);
        long documents = repository.files(consultationId).stream().filter(f -> f.kind().equals(ConsultationFile.DOCUMENT)).count();
        String type = Attachment.checkedDocument(fileName, title, content, (int) documents);
        String shownTitle = title == null ? fileName : title.strip();
        return repository.attach(new ConsultationFile(consultationId, ConsultationFile.DOCUMENT, fileName, shownTitle, type,
                content, now()));
    }

    @Transactional
    public void removeDocument(long consultationId, long fileId) {
        access.require(Permission.EDIT_CONSULTATIONS);
        editable(consultationId);
        ConsultationFile file = repository.file(consultationId, fileId)
                .filter(f -> f.info().kind().equals(ConsultationFile.DOCUMENT))
                .orElseThrow(() -> new NotFoundException("Consultation " + consultationId + " has no document " + fileId + "."));
        repository.remove(file);
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }

    /** Reads a request's text filter: trimmed, at most 100 characters, null when blank. */
    public static String searchText(String q) {
        if (q == null || q.isBlank()) {
            return null;
        }
        if (q.length() > 100) {
            throw new InvalidInputException("q", "Search for at most 100 characters.");
        }
        return q.strip();
    }
}
