package org.civitas.participation.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.civitas.shared.domain.FieldError;
import org.civitas.shared.domain.InvalidInputException;
import org.junit.jupiter.api.Test;

/** The debate's rules: what an argument and a question must be, and how results are counted. */
class DebateRulesTest {
    static final OffsetDateTime NOW = OffsetDateTime.of(2026, 5, 1, 10, 0, 0, 0, ZoneOffset.UTC);

    static List<String> fields(Runnable r) {
        return assertThrows(InvalidInputException.class, r::run).errors().stream().map(FieldError::field).toList();
    }

    @Test
    void anArgumentTakesASideAndATextBothTrimmed() {
        ArgumentSubmission argument = ArgumentSubmission.checked(" Against ", "  Trop de bruit la nuit.  ");
        assertEquals(ArgumentSide.AGAINST, argument.side());
        assertEquals("Trop de bruit la nuit.", argument.text());
        assertEquals(ArgumentSide.FOR, ArgumentSubmission.checked("for", "x".repeat(ArgumentSubmission.TEXT_MAX)).side());
    }

    @Test
    void anArgumentReportsEveryFieldAtOnce() {
        assertEquals(List.of("side", "text"), fields(() -> ArgumentSubmission.checked(null, " ")));
        assertEquals(List.of("side"), fields(() -> ArgumentSubmission.checked("neutral", "Un argument détaillé.")));
        assertEquals(List.of("text"), fields(() -> ArgumentSubmission.checked("for", "court")));
        assertEquals(List.of("text"), fields(() -> ArgumentSubmission.checked("for", "x".repeat(ArgumentSubmission.TEXT_MAX + 1))));
    }

    @Test
    void lengthsCountCharactersNotUtf16Units() {
        String tenEmoji = "🚲".repeat(10);
        assertEquals(tenEmoji, ArgumentSubmission.checked("for", tenEmoji).text());
    }

    @Test
    void sidesAreNamedForAndAgainstOnly() {
        assertEquals(ArgumentSide.FOR, ArgumentSide.fromWire("FOR"));
        assertEquals("against", ArgumentSide.AGAINST.wireName());
        assertNull(ArgumentSide.fromWire("pour"));
        assertNull(ArgumentSide.fromWire(null));
    }

    @Test
    void aQuestionIsRequiredAndItsContextOptional() {
        DebateDesign design = DebateDesign.checked("  Faut-il fermer la rue ?  ", "   ");
        assertEquals("Faut-il fermer la rue ?", design.question());
        assertNull(design.context());
        assertEquals(List.of("question", "context"),
                fields(() -> DebateDesign.checked("Non", "x".repeat(DebateDesign.CONTEXT_MAX + 1))));
        assertEquals(List.of("question"), fields(() -> DebateDesign.checked("x".repeat(301), null)));
    }

    static Argument argument(long id, ArgumentSide side, ModerationStatus status, long agrees, long disagrees) {
        return new Argument(id, 7, 3, side, "Argument " + id, "someone", "Quelqu'un", status, null, NOW, agrees,
                disagrees, null, "online");
    }

    @Test
    void resultsCountPublishedArgumentsPerSideMostAgreedFirst() {
        DebateResults results = DebateResults.of(List.of(
                argument(1, ArgumentSide.FOR, ModerationStatus.PUBLISHED, 2, 5),
                argument(2, ArgumentSide.FOR, ModerationStatus.PUBLISHED, 9, 1),
                argument(3, ArgumentSide.AGAINST, ModerationStatus.PUBLISHED, 4, 0),
                argument(4, ArgumentSide.AGAINST, ModerationStatus.HIDDEN, 50, 0),
                argument(5, ArgumentSide.FOR, ModerationStatus.PENDING, 0, 0)));
        assertEquals(3, results.arguments());
        assertEquals(2, results.forSide().arguments());
        assertEquals(11, results.forSide().agrees());
        assertEquals(6, results.forSide().disagrees());
        assertEquals(List.of(2L, 1L), results.forSide().tallies().stream().map(DebateResults.Tally::id).toList());
        assertEquals(1, results.againstSide().arguments());
        assertEquals(4, results.againstSide().agrees(), "a hidden argument does not count");
        assertEquals("against", results.againstSide().side());
    }

    @Test
    void noArgumentsMakeEmptyResults() {
        DebateResults results = DebateResults.of(List.of());
        assertEquals(0, results.arguments());
        assertEquals(List.of(), results.forSide().tallies());
    }

    @Test
    void argumentsAreModeratedLikeIdeas() {
        assertEquals(ModeratedKind.ARGUMENT, ModeratedKind.fromPath("arguments"));
        assertEquals("argument", ModeratedKind.ARGUMENT.wireName());
    }
}
