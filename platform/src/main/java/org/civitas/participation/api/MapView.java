package org.civitas.participation.api;

import java.time.LocalDate;
import java.util.List;
import org.civitas.participation.application.Maps.PhaseMap;
import org.civitas.participation.domain.Location;
import org.civitas.participation.domain.MapBounds;
import org.civitas.participation.domain.MapCategory;

/** A map phase's map as anyone who sees the consultation reads it; {@code open}: citizens may pin today. */
public record MapView(long consultationId, long phaseId, String phaseTitle, LocalDate startsOn, LocalDate endsOn,
                      boolean open, Location centre, int zoom, MapBounds bounds, List<MapCategory> categories) {

    static MapView of(PhaseMap map) {
        var located = map.located();
        return new MapView(located.consultation().id(), located.phase().id(), located.phase().title(),
                located.phase().startsOn(), located.phase().endsOn(), map.open(), map.settings().centre(),
                map.settings().zoom(), map.settings().bounds(), map.settings().categories());
    }
}
