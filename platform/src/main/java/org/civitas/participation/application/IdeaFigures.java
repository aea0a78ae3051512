package org.civitas.participation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Objects;
import org.civitas.consultation.domain.ParticipationMethod;
import org.civitas.participation.application.ParticipationPhases.LocatedPhase;
import org.civitas.participation.domain.Idea;
import org.civitas.participation.domain.IdeaRepository;
import org.civitas.participation.domain.IdeaSort;
import org.civitas.participation.domain.MethodFigures;
import org.civitas.participation.domain.MethodFigures.FigureRow;
import org.civitas.participation.domain.MethodFigures.FigureTable;
import org.civitas.participation.domain.MethodFigures.Headline;

/**
 * An ideas phase's figures, counted on its published ideas (pending and hidden ones are not public): how many ideas,
 * how many people proposed them, how many supports, and the most supported ideas.
 */
@ApplicationScoped
public class IdeaFigures implements PhaseFigures {
    static final int TOP = 10;

    @Inject
    IdeaRepository ideas;

    @Override
    public ParticipationMethod method() {
        return ParticipationMethod.IDEAS;
    }

    @Override
    public MethodFigures figuresOf(LocatedPhase phase) {
        List<Idea> published = ideas.list(phase.phase().id(), null, false, IdeaSort.SUPPORT);
        long supports = published.stream().mapToLong(Idea::supports).sum();
        // citizens who proposed online; an idea recorded by an agent has no account (null) and is no one's
        long authors = published.stream().map(Idea::authorSubject).filter(Objects::nonNull).distinct().count();
        long most = published.isEmpty() ? 0 : published.get(0).supports();
        // the bar compares an idea with the most supported one; the share is of all supports
        List<FigureRow> top = published.stream().limit(TOP).map(i -> new FigureRow(i.title(), i.supports(),
                MethodFigures.percent(i.supports(), supports), null, null, false, MethodFigures.bar(i.supports(), most)))
                .toList();
        return new MethodFigures("ideas", List.of(Headline.count("ideas", published.size()),
                Headline.count("authors", authors), Headline.count("supports", supports)),
                top.isEmpty() ? List.of() : List.of(new FigureTable("topIdeas", null, supports, null, top)));
    }
}
