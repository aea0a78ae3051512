package org.civitas.participation.api;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.civitas.participation.domain.Answer;
import org.civitas.participation.domain.Option;
import org.civitas.participation.domain.Question;
import org.civitas.participation.domain.QuestionType;
import org.civitas.participation.domain.Survey;

/**
 * The survey page's form fields: each question with what the citizen entered (or had answered) and, after a refused
 * submission, which message to show (a key of the theme's messages with its arguments, so it is in the page's
 * language).
 */
final class SurveyFormFields {
    private static final int MAX_SCALE_BUTTONS = 11;

    /** One option; {@code rank} is the rank entered for it in a ranking (0 for none). */
    public record Choice(String id, String label, boolean checked, int rank) {
    }

    /** A question of the form; {@code steps} lists a scale's values when it is shown as buttons, else it is empty. */
    public record Field(int number, String id, String type, String label, String help, boolean required,
                        List<Choice> options, boolean allowOther, String other, String value, List<String> steps,
                        String min, String max, String minLabel, String maxLabel, String conditionQuestion,
                        String conditionAnswer, String errorKey, List<String> errorArgs) {
        public boolean hasError() {
            return errorKey != null;
        }
    }

    private SurveyFormFields() {
    }

    static List<Field> of(Survey survey, Map<String, List<String>> entered, Set<String> refused) {
        List<Field> fields = new ArrayList<>();
        int number = 0;
        for (Question q : survey.questions()) {
            number++;
            String name = "q." + q.id();
            List<String> values = entered.getOrDefault(name, List.of());
            List<Choice> options = q.optionList().stream().map(o -> new Choice(o.id(), o.label(), values.contains(o.id()),
                    rank(entered.get(name + ".rank." + o.id())))).toList();
            String conditionQuestion = null;
            String conditionAnswer = null;
            if (q.showIf() != null) {
                Question earlier = survey.question(q.showIf().question()).orElseThrow();
                conditionQuestion = earlier.label();
                conditionAnswer = q.showIf().answer() == null ? null : earlier.optionList().stream()
                        .filter(o -> o.id().equals(q.showIf().answer())).map(Option::label).findFirst().orElse(null);
            }
            String errorKey = null;
            List<String> errorArgs = List.of();
            if (refused.contains(q.id())) {
                boolean empty = values.stream().allMatch(String::isBlank) && first(entered.get(name + ".other")) == null
                        && options.stream().allMatch(o -> o.rank() == 0);
                errorKey = empty && q.required() ? "survey.error.required" : "survey.error." + q.type();
                errorArgs = errorArgs(q);
                if (q.kind() == QuestionType.NUMBER && (q.min() == null || q.max() == null)) {
                    errorKey = empty && q.required() ? errorKey : "survey.error.number.any";
                }
            }
            fields.add(new Field(number, q.id(), q.type(), q.label(), q.help(), q.required(), options, q.allowOther(),
                    first(entered.get(name + ".other")), first(values), steps(q), plain(q.min()), plain(q.max()),
                    q.minLabel(), q.maxLabel(), conditionQuestion, conditionAnswer, errorKey, errorArgs));
        }
        return fields;
    }

    /** The form values that show a stored response again. */
    static Map<String, List<String>> entered(Survey survey, Map<String, Answer> answers) {
        Map<String, List<String>> form = new HashMap<>();
        answers.forEach((id, a) -> {
            boolean ranking = survey.question(id).map(q -> q.kind() == QuestionType.RANKING).orElse(false);
            String name = "q." + id;
            if (a.number() != null) {
                form.put(name, List.of(a.number().toPlainString()));
            } else if (a.text() != null) {
                form.put(name, List.of(a.text()));
            } else if (a.date() != null) {
                form.put(name, List.of(a.date()));
            } else {
                form.put(name, a.choiceList());
                List<String> ranked = ranking ? a.choiceList() : List.of();
                for (int i = 0; i < ranked.size(); i++) {
                    form.put(name + ".rank." + ranked.get(i), List.of(String.valueOf(i + 1)));
                }
            }
            if (a.hasOther()) {
                form.put(name + ".other", List.of(a.other()));
            }
        });
        return form;
    }

    private static List<String> errorArgs(Question q) {
        return switch (q.kind()) {
            case MULTIPLE_CHOICE -> List.of(q.maxChoices() == null ? String.valueOf(q.optionList().size() + 1)
                    : String.valueOf(q.maxChoices()));
            case RANKING -> List.of(String.valueOf(q.optionList().size()));
            case SCALE, NUMBER -> List.of(plain(q.min()) == null ? "" : plain(q.min()), plain(q.max()) == null ? "" : plain(q.max()));
            case SHORT_TEXT -> List.of(String.valueOf(Survey.MAX_SHORT_TEXT));
            case LONG_TEXT -> List.of(String.valueOf(Survey.MAX_LONG_TEXT));
            default -> List.of();
        };
    }

    private static List<String> steps(Question q) {
        if (q.kind() != QuestionType.SCALE) {
            return List.of();
        }
        int min = q.min().intValueExact();
        int max = q.max().intValueExact();
        if (max - min + 1 > MAX_SCALE_BUTTONS) {
            return List.of();
        }
        List<String> steps = new ArrayList<>();
        for (int v = min; v <= max; v++) {
            steps.add(String.valueOf(v));
        }
        return steps;
    }

    private static int rank(List<String> values) {
        try {
            String value = first(values);
            return value == null ? 0 : Integer.parseInt(value);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static String first(List<String> values) {
        return values == null || values.isEmpty() || values.get(0).isBlank() ? null : values.get(0);
    }

    private static String plain(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }
}
