package org.civitas.participation.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import org.civitas.participation.domain.Argument;
import org.civitas.participation.domain.ArgumentSide;
import org.civitas.participation.domain.Contribution;
import org.civitas.participation.domain.ContributionKind;
import org.civitas.participation.domain.ModerationStatus;
import org.junit.jupiter.api.Test;

/** An argument seen as a contribution: its kind, where it belongs, and a short title from its text. */
class ArgumentContributionsTest {
    @Test
    void anArgumentIsAContributionTitledByTheStartOfItsText() {
        OffsetDateTime at = OffsetDateTime.parse("2026-05-01T10:00:00Z");
        Argument a = new Argument(12, 7, 3, ArgumentSide.FOR, "Moins de voitures, plus de calme.", "sub", "Léa",
                ModerationStatus.PUBLISHED, null, at, 0, 0, null, "online");
        Contribution c = ArgumentContributions.contribution(a);
        assertEquals(new Contribution(ContributionKind.ARGUMENT, 12, 3, 7, "sub", "Moins de voitures, plus de calme.",
                "online", at), c);
    }

    @Test
    void aLongTextIsCutOnWholeCharactersWithAnEllipsis() {
        String title = ArgumentContributions.title("🚲".repeat(200));
        assertEquals(ArgumentContributions.TITLE_LENGTH, title.codePointCount(0, title.length()));
        assertTrue(title.endsWith("…"));
    }
}
