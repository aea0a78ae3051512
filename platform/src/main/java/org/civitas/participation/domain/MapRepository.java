package org.civitas.participation.domain;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Map settings, categories and pins in the current tenant's schema. */
public interface MapRepository {
    Optional<MapSettings> settings(long phaseId);

    /** Saves the settings and categories (kept by id, new ones added, the others removed) in one transaction. */
    void saveSettings(long phaseId, MapSettings settings, OffsetDateTime now);

    /** Pins per category id of the phase (any status). */
    Map<Long, Long> pinsPerCategory(long phaseId);

    /** Adds a pin unless its author already pinned that exact place in the phase (the database keeps one); its id. */
    Optional<Long> addPin(long phaseId, String authorSubject, String authorName, MapPinSubmission pin, Channel channel,
                          ModerationStatus status, OffsetDateTime now);

    Optional<MapPin> pin(long pinId);

    /** The phase's pins that the reader may see, oldest first. */
    List<MapPin> pins(long phaseId, String reader, boolean moderator);

    /** Removes the pin and its open flags; true if it was there. */
    boolean deletePin(long pinId);

    Map<Long, Long> publishedPerCategory(long phaseId);

    Map<ModerationStatus, Long> pinsPerStatus(long phaseId);

    /** Every pin of one citizen in this municipality, newest first. */
    List<MapPin> authoredBy(String subject);
}
