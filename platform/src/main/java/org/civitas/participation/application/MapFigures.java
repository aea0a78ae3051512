package org.civitas.participation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.civitas.consultation.domain.ParticipationMethod;
import org.civitas.participation.application.ParticipationPhases.LocatedPhase;
import org.civitas.participation.domain.MapRepository;
import org.civitas.participation.domain.MapResults;
import org.civitas.participation.domain.MethodFigures;
import org.civitas.participation.domain.MethodFigures.FigureRow;
import org.civitas.participation.domain.MethodFigures.FigureTable;
import org.civitas.participation.domain.MethodFigures.Headline;

/** A map phase's figures: its published pins, and how many fell in each category (a map without settings has none). */
@ApplicationScoped
public class MapFigures implements PhaseFigures {
    @Inject
    MapRepository maps;

    @Override
    public ParticipationMethod method() {
        return ParticipationMethod.MAP;
    }

    @Override
    public MethodFigures figuresOf(LocatedPhase phase) {
        long phaseId = phase.phase().id();
        return maps.settings(phaseId).map(settings -> {
            MapResults results = MapResults.of(settings, maps.publishedPerCategory(phaseId), maps.pinsPerStatus(phaseId));
            long most = results.categories().stream().mapToLong(MapResults.CategoryCount::pins).max().orElse(0);
            List<FigureRow> rows = results.categories().stream().map(c -> new FigureRow(c.label(), c.pins(),
                    MethodFigures.percent(c.pins(), results.pins()), null, null, false, MethodFigures.bar(c.pins(), most)))
                    .toList();
            return new MethodFigures("map", List.of(Headline.count("pins", results.pins())),
                    List.of(new FigureTable("categories", null, results.pins(), null, rows)));
        }).orElse(MethodFigures.none("map"));
    }
}
