package org.civitas.participation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.civitas.consultation.domain.ParticipationMethod;
import org.civitas.participation.application.ParticipationPhases.LocatedPhase;
import org.civitas.participation.domain.MethodFigures;
import org.civitas.participation.domain.MethodFigures.FigureRow;
import org.civitas.participation.domain.MethodFigures.FigureTable;
import org.civitas.participation.domain.MethodFigures.Headline;
import org.civitas.participation.domain.SurveyRepository;
import org.civitas.participation.domain.SurveyResults;
import org.civitas.participation.domain.SurveyResults.OptionResult;
import org.civitas.participation.domain.SurveyResults.QuestionResult;

/**
 * A survey's figures: how many responded, then per question how many answered and, for choices and rankings, how many
 * chose each option; for scales and numbers, the average. Free texts are only counted: reading them is analysis work,
 * and they may name people.
 */
@ApplicationScoped
public class SurveyFigures implements PhaseFigures {
    @Inject
    SurveyRepository repository;

    @Override
    public ParticipationMethod method() {
        return ParticipationMethod.SURVEY;
    }

    @Override
    public MethodFigures figuresOf(LocatedPhase phase) {
        long phaseId = phase.phase().id();
        var survey = repository.survey(phaseId);
        if (survey.isEmpty()) {
            return new MethodFigures("survey", List.of(Headline.count("responses", 0)), List.of());
        }
        SurveyResults results = SurveyResults.of(survey.get(), repository.allAnswers(phaseId));
        List<FigureTable> tables = new ArrayList<>();
        for (QuestionResult q : results.questions()) {
            tables.add(tableOf(q));
        }
        return new MethodFigures("survey", List.of(Headline.count("responses", results.responses())), tables);
    }

    private static FigureTable tableOf(QuestionResult q) {
        if (q.options() == null) {
            return new FigureTable(q.average() != null ? "average" : "answered", q.label(), q.answered(), q.average(), List.of());
        }
        boolean ranking = "ranking".equals(q.type());
        List<FigureRow> rows = new ArrayList<>();
        for (OptionResult o : q.options()) {
            rows.add(new FigureRow(o.label(), o.count(), MethodFigures.percent(o.count(), q.answered()), null,
                    o.averageRank(), false, MethodFigures.bar(o.count(), q.answered())));
        }
        if (q.other() != null) {
            rows.add(new FigureRow(null, q.other(), MethodFigures.percent(q.other(), q.answered()), null, null, false,
                    MethodFigures.bar(q.other(), q.answered())));
        }
        return new FigureTable(ranking ? "ranking" : "choices", q.label(), q.answered(), null, rows);
    }
}
