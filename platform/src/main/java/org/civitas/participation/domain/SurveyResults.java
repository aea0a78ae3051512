package org.civitas.participation.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What the responses to a survey add up to, per question: how many answered it; for choices, how many chose each
 * option and "other"; for rankings, each option's average rank (1 = preferred); for scales and numbers, the average.
 * Free texts and dates are only counted here: reading them is the analysis feature's work.
 */
public record SurveyResults(long responses, List<QuestionResult> questions) {

    /** {@code average} is null when nobody answered or the question has none; {@code other} only for choices. */
    public record QuestionResult(String id, String type, String label, long answered, List<OptionResult> options,
                                 Long other, BigDecimal average) {
    }

    /** {@code count}: how many chose it; {@code averageRank}: for rankings only. */
    public record OptionResult(String id, String label, long count, BigDecimal averageRank) {
    }

    public static SurveyResults of(Survey survey, List<Map<String, Answer>> responses) {
        List<QuestionResult> results = new ArrayList<>();
        for (Question q : survey.questions()) {
            List<Answer> answers = responses.stream().map(r -> r.get(q.id())).filter(a -> a != null && !a.unanswered())
                    .toList();
            results.add(resultOf(q, answers));
        }
        return new SurveyResults(responses.size(), results);
    }

    private static QuestionResult resultOf(Question q, List<Answer> answers) {
        QuestionType type = q.kind();
        List<OptionResult> options = null;
        Long other = null;
        BigDecimal average = null;
        if (type == QuestionType.RANKING) {
            options = q.optionList().stream().map(o -> new OptionResult(o.id(), o.label(),
                    answers.stream().filter(a -> a.choiceList().contains(o.id())).count(),
                    averageOf(answers.stream().filter(a -> a.choiceList().contains(o.id()))
                            .map(a -> BigDecimal.valueOf(a.choiceList().indexOf(o.id()) + 1L)).toList()))).toList();
        } else if (type.isChoice()) {
            options = q.optionList().stream().map(o -> new OptionResult(o.id(), o.label(),
                    answers.stream().filter(a -> a.choiceList().contains(o.id())).count(), null)).toList();
            other = q.allowOther() ? answers.stream().filter(Answer::hasOther).count() : null;
        } else if (type == QuestionType.SCALE || type == QuestionType.NUMBER) {
            average = averageOf(answers.stream().map(Answer::number).filter(n -> n != null).toList());
        }
        return new QuestionResult(q.id(), q.type(), q.label(), answers.size(), options, other, average);
    }

    private static BigDecimal averageOf(List<BigDecimal> values) {
        if (values.isEmpty()) {
            return null;
        }
        BigDecimal sum = values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return sum.divide(BigDecimal.valueOf(values.size()), 2, RoundingMode.HALF_UP);
    }
}
