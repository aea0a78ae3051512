package org.civitas.followup.persistence;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import org.civitas.followup.domain.FollowUpRepository;
import org.civitas.followup.domain.Follower;
import org.civitas.followup.domain.OutcomeUpdate;
import org.civitas.shared.persistence.TenantData;

/** Follow-up in the current tenant's schema, through the request's tenant-bound EntityManager. */
@RequestScoped
public class JpaFollowUpRepository implements FollowUpRepository {
    @Inject
    @TenantData
    EntityManager em;

    @Override
    public List<OutcomeUpdate> updates(long consultationId) {
        return em.createQuery("select u from OutcomeUpdate u where u.consultationId = :id order by u.happenedOn desc, u.id desc",
                OutcomeUpdate.class).setParameter("id", consultationId).getResultList();
    }

    @Override
    @Transactional
    public OutcomeUpdate add(OutcomeUpdate update) {
        em.joinTransaction();
        em.persist(update);
        em.flush();
        return update;
    }

    @Override
    @Transactional
    public void follow(Follower follower) {
        em.joinTransaction();
        em.persist(follower);
        em.flush(); // a second follow of the same person fails here on consultation_follower_once
    }

    @Override
    @Transactional
    public void unfollow(long consultationId, String subject) {
        em.joinTransaction();
        em.createQuery("delete from Follower f where f.consultationId = :id and f.subject = :subject")
                .setParameter("id", consultationId).setParameter("subject", subject).executeUpdate();
    }

    @Override
    public boolean follows(long consultationId, String subject) {
        return em.createQuery("select count(f) from Follower f where f.consultationId = :id and f.subject = :subject", Long.class)
                .setParameter("id", consultationId).setParameter("subject", subject).getSingleResult() > 0;
    }

    @Override
    public List<Long> followedBy(String subject) {
        return em.createQuery("select f.consultationId from Follower f where f.subject = :subject order by f.id desc", Long.class)
                .setParameter("subject", subject).getResultList();
    }

    @Override
    public List<Follower> followers(long consultationId) {
        return em.createQuery("select f from Follower f where f.consultationId = :id order by f.id", Follower.class)
                .setParameter("id", consultationId).getResultList();
    }
}
