package org.civitas.participation.domain;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** Ideas of the current tenant's ideas phases, their supports and their comments. */
public interface IdeaRepository {
    /** Stores a new idea with its image, if any, in one transaction; returns its id. */
    long add(long phaseId, String authorSubject, String authorName, IdeaSubmission idea, IdeaImage image, Channel channel,
             ModerationStatus status, OffsetDateTime now);

    /** Stores an idea an agent recorded (paper, phone, counter): no author account; returns its id. */
    long addRecorded(long phaseId, String authorName, IdeaSubmission idea, Recording recording, ModerationStatus status,
                     OffsetDateTime now);

    /**
     * The phase's ideas a reader may see: published ones, plus the reader's own, plus all for a moderator.
     *
     * @param reader the reader's subject, or null when anonymous
     */
    List<Idea> list(long phaseId, String reader, boolean moderator, IdeaSort sort);

    Optional<Idea> find(long ideaId, String reader);

    /** Sets the idea's image, replacing the one it had (one statement, safe when concurrent); returns its new version. */
    long setImage(long ideaId, IdeaImage image, OffsetDateTime now);

    /** True when the idea had an image to remove. */
    boolean removeImage(long ideaId);

    Optional<IdeaImage> image(long ideaId);

    /** Adds the citizen's support unless they already support it (one statement, safe when concurrent); true if added. */
    boolean support(long ideaId, String citizen, OffsetDateTime now);

    /** True when the citizen had a support to withdraw. */
    boolean withdrawSupport(long ideaId, String citizen);

    /** Stores a new comment; returns its id. */
    long addComment(long ideaId, Long replyTo, String authorSubject, String authorName, String text, ModerationStatus status,
                    OffsetDateTime now);

    Optional<IdeaComment> comment(long commentId);

    /** The idea's comments a reader may see (as for ideas), oldest first. */
    List<IdeaComment> comments(long ideaId, String reader, boolean moderator);
}
