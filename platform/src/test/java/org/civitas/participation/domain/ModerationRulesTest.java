package org.civitas.participation.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.util.List;
import org.civitas.shared.domain.InvalidInputException;
import org.junit.jupiter.api.Test;

class ModerationRulesTest {
    static final OffsetDateTime NOW = OffsetDateTime.parse("2026-01-01T10:00:00Z");

    @Test
    void pendingAndHiddenItemsAreSeenOnlyByTheirAuthorAndModerators() {
        assertTrue(ModerationStatus.PUBLISHED.visibleTo(false, false));
        for (ModerationStatus s : List.of(ModerationStatus.PENDING, ModerationStatus.HIDDEN)) {
            assertFalse(s.visibleTo(false, false));
            assertTrue(s.visibleTo(true, false));
            assertTrue(s.visibleTo(false, true));
        }
    }

    @Test
    void eachActionFitsSomeStatesOnly() {
        assertNull(ModerationAction.HIDE.refusalFor(ModerationStatus.PUBLISHED));
        assertNull(ModerationAction.HIDE.refusalFor(ModerationStatus.PENDING));
        assertNotNull(ModerationAction.HIDE.refusalFor(ModerationStatus.HIDDEN));
        assertNull(ModerationAction.RESTORE.refusalFor(ModerationStatus.HIDDEN));
        assertNotNull(ModerationAction.RESTORE.refusalFor(ModerationStatus.PUBLISHED));
        assertNull(ModerationAction.PUBLISH.refusalFor(ModerationStatus.PENDING));
        assertNotNull(ModerationAction.PUBLISH.refusalFor(ModerationStatus.HIDDEN));
        assertEquals(ModerationStatus.HIDDEN, ModerationAction.HIDE.result());
        assertEquals(ModerationStatus.PUBLISHED, ModerationAction.RESTORE.result());
        assertFalse(ModerationAction.PUBLISH.needsReason());
        assertNull(ModerationAction.KEEP.refusalFor(ModerationStatus.PUBLISHED), "a flagged published item can be kept");
        assertNotNull(ModerationAction.KEEP.refusalFor(ModerationStatus.PENDING), "keeping is not publishing");
        assertNotNull(ModerationAction.KEEP.refusalFor(ModerationStatus.HIDDEN), "keeping is not restoring");
        assertEquals(ModerationStatus.PUBLISHED, ModerationAction.KEEP.result());
        assertFalse(ModerationAction.KEEP.needsReason());
        assertEquals(ModerationAction.KEEP, ModerationAction.fromPath("keep"));
    }

    @Test
    void kindsAndActionsAreNamedInPaths() {
        assertEquals(ModeratedKind.IDEA, ModeratedKind.fromPath("ideas"));
        assertEquals(ModeratedKind.COMMENT, ModeratedKind.fromPath("comment"));
        assertNull(ModeratedKind.fromPath("survey"));
        assertNull(ModerationAction.fromPath("delete"));
    }

    @Test
    void sortIsNewOrSupport() {
        assertEquals(IdeaSort.NEW, IdeaSort.fromQuery(null));
        assertEquals(IdeaSort.SUPPORT, IdeaSort.fromQuery("support"));
        assertEquals("sort", assertThrows(InvalidInputException.class, () -> IdeaSort.fromQuery("top")).errors().get(0).field());
    }

    static IdeaComment comment(long id, Long replyTo) {
        return new IdeaComment(id, 1, replyTo, "s", "Léa", "texte", ModerationStatus.PUBLISHED, null, NOW);
    }

    @Test
    void threadsAreOneLevelDeep() {
        assertEquals(5, comment(7, 5L).threadTop(), "answering a reply answers its top comment");
        assertEquals(5, comment(5, null).threadTop());
        List<CommentThread> threads = CommentThread.of(List.of(comment(1, null), comment(2, 1L), comment(3, null),
                comment(4, 1L), comment(5, 9L)));
        assertEquals(2, threads.size());
        assertEquals(List.of(2L, 4L), threads.get(0).replies().stream().map(IdeaComment::id).toList());
        assertTrue(threads.get(1).replies().isEmpty(), "a reply whose top comment is not visible is left out with it");
    }
}
