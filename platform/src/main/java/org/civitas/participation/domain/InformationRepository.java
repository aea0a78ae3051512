package org.civitas.participation.domain;

import java.time.OffsetDateTime;
import java.util.Optional;

/** The content of the current tenant's information phases. */
public interface InformationRepository {
    Optional<InformationContent> content(long phaseId);

    /** Creates or replaces the phase's content. */
    void saveContent(long phaseId, String content, OffsetDateTime now);
}
