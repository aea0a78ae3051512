package org.civitas.participation.api;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.civitas.participation.domain.Answer;
import org.civitas.participation.domain.Option;
import org.civitas.participation.domain.Question;
import org.civitas.participation.domain.QuestionType;
import org.civitas.participation.domain.Survey;
import org.civitas.shared.domain.FieldErrors;

/**
 * Reads the survey page's HTML form into answers. Field names: {@code q.<id>} (the value, or each option chosen),
 * {@code q.<id>.other} (the free "other" text) and {@code q.<id>.rank.<option>} (an option's rank). What a form cannot
 * express as an answer (a number that is not one, two options with one rank) is refused here, under the same field
 * names as the API's ({@code answers.<id>}).
 */
final class SurveyFormInput {
    private SurveyFormInput() {
    }

    static Map<String, Answer> answers(Survey survey, Map<String, List<String>> form) {
        Map<String, Answer> answers = new LinkedHashMap<>();
        FieldErrors errors = new FieldErrors();
        for (Question q : survey.questions()) {
            String name = "q." + q.id();
            QuestionType type = q.kind();
            Answer answer = switch (type) {
                case SINGLE_CHOICE, MULTIPLE_CHOICE -> new Answer(values(form, name), first(form, name + ".other"), null,
                        null, null);
                case RANKING -> ranking(q, form, errors);
                case SCALE, NUMBER -> number(q, first(form, name), errors);
                case SHORT_TEXT, LONG_TEXT -> new Answer(null, null, first(form, name), null, null);
                case DATE -> new Answer(null, null, null, null, first(form, name));
            };
            if (answer != null && !answer.unanswered()) {
                answers.put(q.id(), answer);
            }
        }
        errors.throwIfAny();
        return answers;
    }

    private static Answer number(Question q, String value, FieldErrors errors) {
        if (value == null) {
            return null;
        }
        try {
            return new Answer(null, null, null, new BigDecimal(value.replace(',', '.')), null);
        } catch (NumberFormatException e) {
            errors.add("answers." + q.id(), "\"" + value + "\" is not a number.");
            return null;
        }
    }

    /** The options in the order of the ranks given; unranked when no rank is given at all. */
    private static Answer ranking(Question q, Map<String, List<String>> form, FieldErrors errors) {
        Map<Option, Integer> ranks = new LinkedHashMap<>();
        for (Option o : q.optionList()) {
            String rank = first(form, "q." + q.id() + ".rank." + o.id());
            if (rank != null) {
                try {
                    ranks.put(o, Integer.parseInt(rank));
                } catch (NumberFormatException e) {
                    errors.add("answers." + q.id(), "\"" + rank + "\" is not a rank.");
                    return null;
                }
            }
        }
        if (ranks.isEmpty()) {
            return null;
        }
        Set<Integer> distinct = new HashSet<>(ranks.values());
        if (distinct.size() != ranks.size() || ranks.size() != q.optionList().size()) {
            errors.add("answers." + q.id(), "Give each option its own rank, from 1 to " + q.optionList().size() + ".");
            return null;
        }
        List<Map.Entry<Option, Integer>> ordered = new ArrayList<>(ranks.entrySet());
        ordered.sort(Comparator.comparing(Map.Entry::getValue));
        return new Answer(ordered.stream().map(e -> e.getKey().id()).toList(), null, null, null, null);
    }

    private static List<String> values(Map<String, List<String>> form, String name) {
        return form.getOrDefault(name, List.of()).stream().filter(v -> v != null && !v.isBlank()).toList();
    }

    private static String first(Map<String, List<String>> form, String name) {
        List<String> values = values(form, name);
        return values.isEmpty() ? null : values.get(0).strip();
    }
}
