package org.civitas.participation.api;

import java.time.OffsetDateTime;
import java.util.List;
import org.civitas.participation.domain.CommentThread;
import org.civitas.participation.domain.IdeaComment;

/** A comment with its replies (top comments only; a reply's {@code replies} is empty). */
public record CommentView(long id, long ideaId, Long replyTo, String authorName, boolean mine, String text, String status,
                          String moderationReason, OffsetDateTime createdAt, List<CommentView> replies) {

    static CommentView of(IdeaComment c, String reader) {
        return of(c, reader, List.of());
    }

    static CommentView of(CommentThread thread, String reader) {
        return of(thread.top(), reader, thread.replies().stream().map(r -> of(r, reader)).toList());
    }

    private static CommentView of(IdeaComment c, String reader, List<CommentView> replies) {
        return new CommentView(c.id(), c.ideaId(), c.replyTo(), c.authorName(), c.isBy(reader), c.text(),
                c.status().wireName(), c.moderationReason(), c.createdAt(), replies);
    }
}
