package org.civitas.followup.domain;

import java.util.List;

/** Outcome updates and followers of the current tenant's consultations. */
public interface FollowUpRepository {
    /** Newest first. */
    List<OutcomeUpdate> updates(long consultationId);

    OutcomeUpdate add(OutcomeUpdate update);

    /** Idempotent: following twice (even at once) leaves one follower. */
    void follow(Follower follower);

    void unfollow(long consultationId, String subject);

    boolean follows(long consultationId, String subject);

    /** The consultations this person follows. */
    List<Long> followedBy(String subject);

    List<Follower> followers(long consultationId);
}
