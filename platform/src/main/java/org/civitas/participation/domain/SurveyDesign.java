package org.civitas.participation.domain;

import static org.civitas.shared.domain.Texts.blankToNull;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.civitas.shared.domain.FieldErrors;
import org.civitas.shared.domain.Texts;

/**
 * The rules staff's survey definitions follow: {@link #checked} names everything wrong in a definition at once;
 * {@link #changesRefusedOnceAnswered} says what may no longer change once citizens have responded.
 *
 * <p>Once a survey has responses, changes must keep those responses meaningful: wording may be fixed and options or
 * optional questions added, but a question cannot be removed, change type, lose an option or the "other" choice, get
 * other bounds, a lower maximum of choices or another condition, or become required.
 */
public final class SurveyDesign {
    public static final int MAX_QUESTIONS = 100;
    public static final int MAX_OPTIONS = 50;
    public static final int MAX_LABEL = 500;
    public static final int MAX_HELP = 2000;
    public static final int MAX_OPTION_LABEL = 200;
    public static final int MAX_SCALE_STEPS = 100;
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{1,40}");

    private SurveyDesign() {
    }

    /** The survey these questions make, cleaned (labels trimmed); refused with every problem named by its field. */
    public static Survey checked(List<Question> questions) {
        FieldErrors errors = new FieldErrors();
        List<Question> list = questions == null ? List.of() : questions;
        if (list.isEmpty()) {
            errors.add("questions", "A survey needs at least one question.");
        } else if (list.size() > MAX_QUESTIONS) {
            errors.add("questions", "A survey has at most " + MAX_QUESTIONS + " questions.");
        }
        List<Question> earlier = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            Question q = list.get(i);
            String at = "questions[" + i + "]";
            if (q == null) {
                errors.add(at, "A question must not be null.");
                continue;
            }
            checkQuestion(errors, at, q, earlier);
            earlier.add(q);
        }
        errors.throwIfAny();
        return new Survey(list.stream().map(SurveyDesign::cleaned).toList());
    }

    private static void checkQuestion(FieldErrors errors, String at, Question q, List<Question> earlier) {
        if (q.id() == null || !ID.matcher(q.id()).matches()) {
            errors.add(at + ".id", "A question id is 1 to 40 letters, digits, '-' or '_' (got \"" + q.id() + "\").");
        } else if (earlier.stream().anyMatch(e -> q.id().equals(e.id()))) {
            errors.add(at + ".id", "Question id \"" + q.id() + "\" is used twice.");
        }
        QuestionType type = q.kind();
        if (type == null) {
            errors.add(at + ".type", "type is one of " + QuestionType.allNames() + " (got \"" + q.type() + "\").");
        }
        checkText(errors, at + ".label", q.label(), MAX_LABEL, true);
        checkText(errors, at + ".help", q.help(), MAX_HELP, false);
        if (type == null) {
            return;
        }
        checkOptions(errors, at, q, type);
        checkBounds(errors, at, q, type);
        checkCondition(errors, at, q, earlier);
    }

    private static void checkOptions(FieldErrors errors, String at, Question q, QuestionType type) {
        List<Option> options = q.optionList();
        if (!type.isChoice()) {
            if (!options.isEmpty() || q.allowOther() || q.maxChoices() != null) {
                errors.add(at + ".options", "Only choice and ranking questions have options, allowOther or maxChoices.");
            }
            return;
        }
        if (type == QuestionType.RANKING && q.allowOther()) {
            errors.add(at + ".allowOther", "A ranking cannot have an \"other\" choice.");
        }
        int choices = options.size() + (q.allowOther() ? 1 : 0);
        if (choices < 2) {
            errors.add(at + ".options", "Give at least two options (the \"other\" choice counts as one).");
        } else if (options.size() > MAX_OPTIONS) {
            errors.add(at + ".options", "At most " + MAX_OPTIONS + " options.");
        }
        Set<String> ids = new HashSet<>();
        for (int j = 0; j < options.size(); j++) {
            Option o = options.get(j);
            String oat = at + ".options[" + j + "]";
            if (o == null) {
                errors.add(oat, "An option must not be null.");
                continue;
            }
            if (o.id() == null || !ID.matcher(o.id()).matches()) {
                errors.add(oat + ".id", "An option id is 1 to 40 letters, digits, '-' or '_' (got \"" + o.id() + "\").");
            } else if (!ids.add(o.id())) {
                errors.add(oat + ".id", "Option id \"" + o.id() + "\" is used twice in this question.");
            }
            checkText(errors, oat + ".label", o.label(), MAX_OPTION_LABEL, true);
        }
        if (q.maxChoices() != null) {
            if (type != QuestionType.MULTIPLE_CHOICE) {
                errors.add(at + ".maxChoices", "Only multiple-choice questions have maxChoices.");
            } else if (q.maxChoices() < 1 || q.maxChoices() > choices) {
                errors.add(at + ".maxChoices", "maxChoices is from 1 to the number of choices (" + choices + ").");
            }
        }
    }

    private static void checkBounds(FieldErrors errors, String at, Question q, QuestionType type) {
        if (type == QuestionType.SCALE) {
            if (q.min() == null || q.max() == null || !isWhole(q.min()) || !isWhole(q.max())) {
                errors.add(at + ".min", "A scale needs whole numbers min and max (such as 1 and 5).");
            } else if (q.min().compareTo(q.max()) >= 0
                    || q.max().subtract(q.min()).compareTo(BigDecimal.valueOf(MAX_SCALE_STEPS)) > 0) {
                errors.add(at + ".max", "A scale's max is above its min, by at most " + MAX_SCALE_STEPS + ".");
            }
            checkText(errors, at + ".minLabel", q.minLabel(), MAX_OPTION_LABEL, false);
            checkText(errors, at + ".maxLabel", q.maxLabel(), MAX_OPTION_LABEL, false);
            return;
        }
        if (q.minLabel() != null || q.maxLabel() != null) {
            errors.add(at + ".minLabel", "Only scales have minLabel and maxLabel.");
        }
        if (type == QuestionType.NUMBER) {
            if (q.min() != null && q.max() != null && q.min().compareTo(q.max()) > 0) {
                errors.add(at + ".max", "max must not be below min.");
            }
        } else if (q.min() != null || q.max() != null) {
            errors.add(at + ".min", "Only scales and numbers have min and max.");
        }
    }

    private static void checkCondition(FieldErrors errors, String at, Question q, List<Question> earlier) {
        Condition c = q.showIf();
        if (c == null) {
            return;
        }
        Question target = earlier.stream().filter(e -> Objects.equals(e.id(), c.question())).findFirst().orElse(null);
        if (target == null) {
            errors.add(at + ".showIf.question", "A condition names an earlier question of the survey (got \""
                    + c.question() + "\").");
        } else if (c.answer() != null && (target.kind() == null || !target.kind().isChoice()
                || target.kind() == QuestionType.RANKING || !target.hasOption(c.answer()))) {
            errors.add(at + ".showIf.answer", "A condition on an answer names an option of an earlier single- or "
                    + "multiple-choice question (\"" + c.answer() + "\" is not one of \"" + c.question() + "\"); "
                    + "leave answer out to show the question after any answer.");
        }
    }

    private static void checkText(FieldErrors errors, String field, String value, int max, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                errors.add(field, "A label is required.");
            }
        } else if (value.strip().length() > max) {
            errors.add(field, "At most " + max + " characters.");
        }
    }

    private static boolean isWhole(BigDecimal value) {
        return value.stripTrailingZeros().scale() <= 0;
    }

    private static Question cleaned(Question q) {
        List<Option> options = q.optionList().stream().map(o -> new Option(o.id(), o.label().strip())).toList();
        return new Question(q.id(), q.type(), q.label().strip(), blankToNull(q.help()), q.required(),
                q.kind().isChoice() ? options : null, q.allowOther(), q.maxChoices(), q.min(), q.max(),
                blankToNull(q.minLabel()), blankToNull(q.maxLabel()), q.showIf());
    }

    /**
     * What the next version of an answered survey changes that would make the responses already given meaningless;
     * empty when the change may be made.
     */
    public static List<String> changesRefusedOnceAnswered(Survey current, Survey next) {
        List<String> refused = new ArrayList<>();
        Map<String, Question> nextById = next.questions().stream()
                .collect(Collectors.toMap(Question::id, Function.identity()));
        for (Question before : current.questions()) {
            Question after = nextById.get(before.id());
            if (after == null) {
                refused.add("question \"" + before.id() + "\" cannot be removed");
                continue;
            }
            String id = "question \"" + before.id() + "\" ";
            if (!before.type().equals(after.type())) {
                refused.add(id + "cannot change type");
            }
            before.optionList().stream().filter(o -> !after.hasOption(o.id()))
                    .forEach(o -> refused.add(id + "cannot lose option \"" + o.id() + "\""));
            if (before.allowOther() && !after.allowOther()) {
                refused.add(id + "cannot lose its \"other\" choice");
            }
            if (after.maxChoices() != null && (before.maxChoices() == null || after.maxChoices() < before.maxChoices())) {
                refused.add(id + "cannot allow fewer choices");
            }
            if (!sameNumber(before.min(), after.min()) || !sameNumber(before.max(), after.max())) {
                refused.add(id + "cannot change its min or max");
            }
            if (!Objects.equals(before.showIf(), after.showIf())) {
                refused.add(id + "cannot change its condition");
            }
            if (after.required() && !before.required()) {
                refused.add(id + "cannot become required");
            }
        }
        Set<String> existing = current.questions().stream().map(Question::id).collect(Collectors.toSet());
        next.questions().stream().filter(q -> !existing.contains(q.id()) && q.required())
                .forEach(q -> refused.add("new question \"" + q.id() + "\" must be optional"));
        return refused;
    }

    private static boolean sameNumber(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }
}
