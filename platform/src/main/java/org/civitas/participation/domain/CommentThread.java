package org.civitas.participation.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A top comment with its replies, oldest first. */
public record CommentThread(IdeaComment top, List<IdeaComment> replies) {

    /**
     * Threads of the comments a reader may see, in the given order (oldest first). A reply whose top comment the
     * reader may not see is left out with it: it answers something they cannot read.
     */
    public static List<CommentThread> of(List<IdeaComment> visible) {
        Map<Long, List<IdeaComment>> replies = new LinkedHashMap<>();
        List<IdeaComment> tops = new ArrayList<>();
        for (IdeaComment c : visible) {
            if (c.replyTo() == null) {
                tops.add(c);
            } else {
                replies.computeIfAbsent(c.replyTo(), k -> new ArrayList<>()).add(c);
            }
        }
        return tops.stream().map(t -> new CommentThread(t, List.copyOf(replies.getOrDefault(t.id(), List.of())))).toList();
    }
}
