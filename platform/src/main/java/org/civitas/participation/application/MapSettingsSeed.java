package org.civitas.participation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.civitas.participation.domain.MapRepository;
import org.civitas.participation.domain.MapSettings;

/**
 * Gives a map phase its settings from trusted server code (the demo data), without a caller's permissions: never
 * reached from a request. Leaves settings that exist alone.
 */
@ApplicationScoped
public class MapSettingsSeed {
    @Inject
    MapRepository repository;

    /** Saves the settings unless the phase has some; true if saved. Runs inside tenant work (TenantWork.call). */
    public boolean ensure(long phaseId, MapSettings settings) {
        if (repository.settings(phaseId).isPresent()) {
            return false;
        }
        repository.saveSettings(phaseId, settings, OffsetDateTime.now(ZoneOffset.UTC));
        return true;
    }
}
