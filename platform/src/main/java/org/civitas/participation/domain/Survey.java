package org.civitas.participation.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.civitas.shared.domain.FieldErrors;

/**
 * The questions of a survey phase, in order, and the rules a response must follow. Build one with
 * {@link SurveyDesign#checked}; {@link #accept} checks a citizen's answers.
 *
 * <p>Answers to conditional questions that end up hidden are dropped, not refused: a form without script cannot hide
 * them while the citizen fills it in, and a citizen who changes an earlier answer should not have to clear later ones.
 */
public record Survey(List<Question> questions) {
    public static final int MAX_SHORT_TEXT = 200;
    public static final int MAX_LONG_TEXT = 5000;
    public static final int MAX_OTHER_TEXT = 500;
    /** Numbers without bounds still fit what people count and what the database stores. */
    private static final BigDecimal LARGEST_NUMBER = new BigDecimal("999999999999999");
    private static final int MAX_DECIMALS = 6;

    public Survey {
        questions = List.copyOf(questions);
    }

    public Optional<Question> question(String id) {
        return questions.stream().filter(q -> q.id().equals(id)).findFirst();
    }

    /**
     * The answers to keep: those of the questions shown, cleaned (text trimmed). Refuses, naming each field
     * {@code answers.<question id>}, a missing required answer, an unknown question, or an answer of the wrong kind
     * or out of bounds.
     */
    public Map<String, Answer> accept(Map<String, Answer> given) {
        FieldErrors errors = new FieldErrors();
        Map<String, Answer> kept = accept(errors, given);
        errors.throwIfAny();
        return kept;
    }

    /** As above, adding to the errors of the rest of a request (an agent's recording); meaningful only when none were added. */
    public Map<String, Answer> accept(FieldErrors errors, Map<String, Answer> given) {
        Map<String, Answer> answers = given == null ? Map.of() : given;
        Set<String> known = new HashSet<>();
        questions.forEach(q -> known.add(q.id()));
        answers.keySet().stream().filter(id -> !known.contains(id)).sorted()
                .forEach(id -> errors.add(field(id), "This survey has no question \"" + id + "\"."));
        Map<String, Answer> kept = new LinkedHashMap<>();
        for (Question q : questions) {
            if (!isShown(q, kept)) {
                continue;
            }
            Answer answer = answers.get(q.id());
            if (answer == null || answer.unanswered()) {
                if (q.required()) {
                    errors.add(field(q.id()), "Please answer \"" + q.label() + "\": this question is required.");
                }
                continue;
            }
            String problem = problemWith(q, answer);
            if (problem != null) {
                errors.add(field(q.id()), problem);
            } else {
                kept.put(q.id(), cleaned(q, answer));
            }
        }
        return kept;
    }

    /** Whether the question is asked, given the answers kept so far to the questions before it. */
    public boolean isShown(Question q, Map<String, Answer> earlierAnswers) {
        Condition c = q.showIf();
        if (c == null) {
            return true;
        }
        Answer earlier = earlierAnswers.get(c.question());
        if (earlier == null || earlier.unanswered()) {
            return false;
        }
        return c.answer() == null || earlier.choiceList().contains(c.answer());
    }

    private static String field(String questionId) {
        return "answers." + questionId;
    }

    private static String problemWith(Question q, Answer a) {
        QuestionType type = q.kind();
        String wrongKind = wrongKind(type, a);
        if (wrongKind != null) {
            return "\"" + q.label() + "\" is a " + type.wireName() + " question: answer it with " + wrongKind + ".";
        }
        return switch (type) {
            case SINGLE_CHOICE, MULTIPLE_CHOICE -> choiceProblem(q, a);
            case RANKING -> rankingProblem(q, a);
            case SCALE -> scaleProblem(q, a.number());
            case NUMBER -> numberProblem(q, a.number());
            case SHORT_TEXT -> lengthProblem(a.text(), MAX_SHORT_TEXT);
            case LONG_TEXT -> lengthProblem(a.text(), MAX_LONG_TEXT);
            case DATE -> dateProblem(a.date());
        };
    }

    /** What the question takes, when the answer uses other fields; null when it uses the right one. */
    private static String wrongKind(QuestionType type, Answer a) {
        boolean text = a.text() != null && !a.text().isBlank();
        boolean date = a.date() != null && !a.date().isBlank();
        boolean choice = !a.choiceList().isEmpty() || a.hasOther();
        return switch (type) {
            case SINGLE_CHOICE, MULTIPLE_CHOICE, RANKING -> text || date || a.number() != null ? "choices" : null;
            case SCALE, NUMBER -> text || date || choice ? "a number" : null;
            case SHORT_TEXT, LONG_TEXT -> date || choice || a.number() != null ? "text" : null;
            case DATE -> text || choice || a.number() != null ? "a date (YYYY-MM-DD)" : null;
        };
    }

    private static String choiceProblem(Question q, Answer a) {
        List<String> choices = a.choiceList();
        for (String choice : choices) {
            if (!q.hasOption(choice)) {
                return "\"" + choice + "\" is not an option of \"" + q.label() + "\".";
            }
        }
        if (new HashSet<>(choices).size() != choices.size()) {
            return "Choose each option of \"" + q.label() + "\" at most once.";
        }
        if (a.hasOther()) {
            if (!q.allowOther()) {
                return "\"" + q.label() + "\" has no \"other\" choice: pick among its options.";
            }
            if (a.other().strip().length() > MAX_OTHER_TEXT) {
                return "Say \"other\" in at most " + MAX_OTHER_TEXT + " characters.";
            }
        }
        int picked = choices.size() + (a.hasOther() ? 1 : 0);
        if (q.kind() == QuestionType.SINGLE_CHOICE && picked > 1) {
            return "Choose one answer only to \"" + q.label() + "\".";
        }
        if (q.maxChoices() != null && picked > q.maxChoices()) {
            return "Choose at most " + q.maxChoices() + " answers to \"" + q.label() + "\".";
        }
        return null;
    }

    private static String rankingProblem(Question q, Answer a) {
        if (a.hasOther()) {
            return "A ranking has no \"other\" choice.";
        }
        List<String> ranked = a.choiceList();
        Set<String> expected = new HashSet<>();
        q.optionList().forEach(o -> expected.add(o.id()));
        if (ranked.size() != expected.size() || !new HashSet<>(ranked).equals(expected)) {
            return "Rank every option of \"" + q.label() + "\" once, preferred first: " + String.join(", ",
                    q.optionList().stream().map(Option::id).toList()) + ".";
        }
        return null;
    }

    private static String scaleProblem(Question q, BigDecimal value) {
        if (value.stripTrailingZeros().scale() > 0) {
            return "\"" + q.label() + "\" is answered with a whole number from " + q.min().toPlainString() + " to "
                    + q.max().toPlainString() + ".";
        }
        return boundsProblem(q, value);
    }

    private static String numberProblem(Question q, BigDecimal value) {
        if (value.abs().compareTo(LARGEST_NUMBER) > 0 || value.stripTrailingZeros().scale() > MAX_DECIMALS) {
            return "Answer \"" + q.label() + "\" with a number of at most 15 digits and " + MAX_DECIMALS + " decimals.";
        }
        return boundsProblem(q, value);
    }

    private static String boundsProblem(Question q, BigDecimal value) {
        boolean tooLow = q.min() != null && value.compareTo(q.min()) < 0;
        boolean tooHigh = q.max() != null && value.compareTo(q.max()) > 0;
        if (!tooLow && !tooHigh) {
            return null;
        }
        if (q.min() != null && q.max() != null) {
            return "Answer \"" + q.label() + "\" with a number from " + q.min().toPlainString() + " to "
                    + q.max().toPlainString() + ".";
        }
        return tooLow ? "Answer \"" + q.label() + "\" with " + q.min().toPlainString() + " or more."
                : "Answer \"" + q.label() + "\" with " + q.max().toPlainString() + " or less.";
    }

    private static String lengthProblem(String text, int max) {
        return text.strip().length() > max ? "Answer in at most " + max + " characters." : null;
    }

    private static String dateProblem(String date) {
        try {
            LocalDate.parse(date.strip());
            return null;
        } catch (DateTimeParseException e) {
            return "\"" + date + "\" is not a date: write it YYYY-MM-DD.";
        }
    }

    private static Answer cleaned(Question q, Answer a) {
        return switch (q.kind()) {
            case SINGLE_CHOICE, MULTIPLE_CHOICE, RANKING -> new Answer(List.copyOf(a.choiceList()),
                    a.hasOther() ? a.other().strip() : null, null, null, null);
            case SCALE, NUMBER -> new Answer(null, null, null, a.number(), null);
            case SHORT_TEXT, LONG_TEXT -> new Answer(null, null, a.text().strip(), null, null);
            case DATE -> new Answer(null, null, null, null, a.date().strip());
        };
    }
}
