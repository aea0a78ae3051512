package org.civitas.participation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.civitas.consultation.domain.ParticipationMethod;
import org.civitas.participation.application.ParticipationPhases.LocatedPhase;
import org.civitas.participation.domain.BudgetRepository;
import org.civitas.participation.domain.BudgetResults;
import org.civitas.participation.domain.MethodFigures;
import org.civitas.participation.domain.MethodFigures.FigureRow;
import org.civitas.participation.domain.MethodFigures.FigureTable;
import org.civitas.participation.domain.MethodFigures.Headline;

/**
 * A budget's figures: ballots, the envelope, and the projects ranked by votes, marked when they fit in the envelope
 * going down the ranking (see {@link BudgetResults}).
 */
@ApplicationScoped
public class BudgetFigures implements PhaseFigures {
    @Inject
    BudgetRepository repository;

    @Override
    public ParticipationMethod method() {
        return ParticipationMethod.BUDGET;
    }

    @Override
    public MethodFigures figuresOf(LocatedPhase phase) {
        long phaseId = phase.phase().id();
        var budget = repository.budget(phaseId);
        if (budget.isEmpty()) {
            return new MethodFigures("budget", List.of(Headline.count("ballots", 0)), List.of());
        }
        BudgetResults results = BudgetResults.of(budget.get(), repository.ballotCount(phaseId),
                repository.votesPerProject(phaseId));
        List<FigureRow> rows = results.projects().stream().map(p -> new FigureRow(p.title(), p.votes(), p.percent(),
                p.cost(), null, p.withinBudget(), MethodFigures.bar(p.votes(), results.ballots()))).toList();
        return new MethodFigures("budget", List.of(Headline.count("ballots", results.ballots()),
                Headline.euros("total", results.total()), Headline.euros("kept", results.keptCost())),
                List.of(new FigureTable("projects", null, results.ballots(), null, rows)));
    }
}
