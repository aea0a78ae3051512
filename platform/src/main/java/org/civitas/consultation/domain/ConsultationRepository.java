package org.civitas.consultation.domain;

import java.util.List;
import java.util.Optional;

/** Consultations of the current tenant, and the files attached to them. */
public interface ConsultationRepository {
    /** Published and closed ones, newest first. */
    List<Consultation> shown();

    /** Every one, drafts included, newest first (for staff). */
    List<Consultation> all();

    Optional<Consultation> find(long id);

    Consultation add(Consultation consultation);

    /** Writes the changes made to a consultation read in this transaction; refused if someone saved it meanwhile. */
    Consultation save(Consultation consultation, int versionSeen);

    long count();

    /** The image, then the documents in upload order, without their bytes. */
    List<FileInfo> files(long consultationId);

    Optional<ConsultationFile> file(long consultationId, long fileId);

    Optional<ConsultationFile> image(long consultationId);

    /** Which consultations have an image: consultation id to the image's file id. */
    java.util.Map<Long, Long> imageIds();

    FileInfo attach(ConsultationFile file);

    void remove(ConsultationFile file);
}
