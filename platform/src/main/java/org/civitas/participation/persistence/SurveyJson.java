package org.civitas.participation.persistence;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.civitas.participation.domain.Answer;
import org.civitas.participation.domain.Question;

/** The JSON stored in the jsonb columns: a survey's questions (an array) and a response's answers (an object). */
final class SurveyJson {
    private static final Jsonb JSONB = JsonbBuilder.create();
    private static final Type QUESTIONS = listOf(Question.class);
    private static final Type ANSWERS = mapOf(Answer.class);

    private SurveyJson() {
    }

    static String questions(List<Question> questions) {
        return JSONB.toJson(questions, QUESTIONS);
    }

    static List<Question> questions(String json) {
        return JSONB.fromJson(json, QUESTIONS);
    }

    static String answers(Map<String, Answer> answers) {
        return JSONB.toJson(answers, ANSWERS);
    }

    static Map<String, Answer> answers(String json) {
        return JSONB.fromJson(json, ANSWERS);
    }

    private static Type listOf(Type element) {
        return parameterized(ArrayList.class, element);
    }

    private static Type mapOf(Type value) {
        return parameterized(LinkedHashMap.class, String.class, value);
    }

    private static Type parameterized(Type raw, Type... arguments) {
        return new ParameterizedType() {
            @Override
            public Type[] getActualTypeArguments() {
                return arguments.clone();
            }

            @Override
            public Type getRawType() {
                return raw;
            }

            @Override
            public Type getOwnerType() {
                return null;
            }
        };
    }
}
