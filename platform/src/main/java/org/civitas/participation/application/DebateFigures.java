package org.civitas.participation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.civitas.consultation.domain.ParticipationMethod;
import org.civitas.participation.application.ParticipationPhases.LocatedPhase;
import org.civitas.participation.domain.DebateRepository;
import org.civitas.participation.domain.DebateResults;
import org.civitas.participation.domain.DebateResults.SideResults;
import org.civitas.participation.domain.MethodFigures;
import org.civitas.participation.domain.MethodFigures.FigureRow;
import org.civitas.participation.domain.MethodFigures.FigureTable;
import org.civitas.participation.domain.MethodFigures.Headline;

/**
 * A debate's figures, counted on its published arguments: how many for and against, then each side's arguments with
 * how many agreed and disagreed (the share is of the argument's own reactions).
 */
@ApplicationScoped
public class DebateFigures implements PhaseFigures {
    @Inject
    DebateRepository debates;

    @Override
    public ParticipationMethod method() {
        return ParticipationMethod.DEBATE;
    }

    @Override
    public MethodFigures figuresOf(LocatedPhase phase) {
        DebateResults results = DebateResults.of(debates.arguments(phase.phase().id(), null, false));
        return new MethodFigures("debate", List.of(Headline.count("for", results.forSide().arguments()),
                Headline.count("against", results.againstSide().arguments())),
                List.of(table(results.forSide()), table(results.againstSide())));
    }

    private static FigureTable table(SideResults side) {
        List<FigureRow> rows = side.tallies().stream().map(t -> {
            long reactions = t.agrees() + t.disagrees();
            return new FigureRow(t.text(), t.agrees(), reactions == 0 ? null : MethodFigures.percent(t.agrees(), reactions),
                    t.disagrees(), null, false, MethodFigures.bar(t.agrees(), reactions));
        }).toList();
        return new FigureTable(side.side(), null, side.arguments(), null, rows);
    }
}
