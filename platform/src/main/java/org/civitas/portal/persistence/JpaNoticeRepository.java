package org.civitas.portal.persistence;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.TreeMap;
import org.civitas.portal.domain.Notice;
import org.civitas.portal.domain.NoticeRepository;
import org.civitas.portal.domain.NoticeText;
import org.civitas.shared.persistence.TenantData;

/** Notice texts in the current tenant's schema. */
@RequestScoped
public class JpaNoticeRepository implements NoticeRepository {
    @Inject
    @TenantData
    EntityManager em;

    @Override
    public Map<String, NoticeText> texts(Notice notice) {
        Map<String, NoticeText> texts = new TreeMap<>();
        em.createQuery("select n from NoticeText n where n.notice = :notice", NoticeText.class)
                .setParameter("notice", notice.key()).getResultList()
                .forEach(n -> texts.put(n.language(), n));
        return texts;
    }

    @Override
    @Transactional
    public void replace(Notice notice, Map<String, String> bodies) {
        em.joinTransaction();
        em.createQuery("delete from NoticeText n where n.notice = :notice").setParameter("notice", notice.key())
                .executeUpdate();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        bodies.forEach((language, body) -> em.persist(new NoticeText(notice, language, body, now)));
        em.flush();
    }
}
