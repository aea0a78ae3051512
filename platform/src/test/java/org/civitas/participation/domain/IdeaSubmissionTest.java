package org.civitas.participation.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.civitas.shared.domain.FieldError;
import org.civitas.shared.domain.InvalidInputException;
import org.junit.jupiter.api.Test;

class IdeaSubmissionTest {
    static final List<String> THEMES = List.of("Mobilité", "Nature");

    static List<String> fields(Runnable r) {
        return assertThrows(InvalidInputException.class, r::run).errors().stream().map(FieldError::field).toList();
    }

    @Test
    void trimsAndKeepsAValidIdea() {
        IdeaSubmission idea = IdeaSubmission.checked("  Un banc ", " Pour se reposer. ", "Nature", 48.8, 2.3, true, THEMES);
        assertEquals("Un banc", idea.title());
        assertEquals("Pour se reposer.", idea.text());
        assertEquals(new Location(48.8, 2.3), idea.location());
    }

    @Test
    void themeAndLocationAreOptional() {
        IdeaSubmission idea = IdeaSubmission.checked("Un banc", "Pour se reposer.", " ", null, null, false, THEMES);
        assertNull(idea.theme());
        assertNull(idea.location());
    }

    @Test
    void reportsEveryFieldAtOnce() {
        assertEquals(List.of("title", "text", "theme", "location.lat", "location.lng"),
                fields(() -> IdeaSubmission.checked(null, "court", "Sport", 91.0, null, true, THEMES)));
    }

    @Test
    void lengthsAreCountedInCharactersOnTheTrimmedText() {
        assertEquals(List.of("title"), fields(() -> IdeaSubmission.checked("  ab  ", "Pour se reposer.", null, null, null, false, THEMES)));
        IdeaSubmission.checked("é".repeat(120), "😀".repeat(10), null, null, null, false, THEMES);
        assertEquals(List.of("title"), fields(() -> IdeaSubmission.checked("é".repeat(121), "Pour se reposer.", null, null, null, false, THEMES)));
        assertEquals(List.of("text"), fields(() -> IdeaSubmission.checked("Un banc", "x".repeat(5001), null, null, null, false, THEMES)));
    }

    @Test
    void aThemeMustBeOneOfTheConsultations() {
        assertEquals(List.of("theme"), fields(() -> IdeaSubmission.checked("Un banc", "Pour se reposer.", "Nature", null, null, false, List.of())));
    }

    @Test
    void locationBoundsAreInclusive() {
        IdeaSubmission.checked("Un banc", "Pour se reposer.", null, -90.0, 180.0, true, THEMES);
        assertEquals(List.of("location.lng"), fields(() -> IdeaSubmission.checked("Un banc", "Pour se reposer.", null, 0.0, Double.NaN, true, THEMES)));
    }
}
