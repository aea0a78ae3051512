package org.civitas.participation.persistence;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.civitas.participation.domain.Answer;
import org.civitas.participation.domain.Channel;
import org.civitas.participation.domain.Recording;
import org.civitas.participation.domain.Survey;
import org.civitas.participation.domain.SurveyRepository;
import org.civitas.participation.domain.SurveyResponse;
import org.civitas.shared.persistence.TenantData;
import org.civitas.shared.persistence.TenantTables;

/**
 * Surveys and responses in the current tenant's schema. Native SQL rather than entities, for two reasons: questions
 * and answers are jsonb documents (which JPA would bind as varchar), and a response is saved with one
 * {@code insert ... on conflict (phase_id, citizen_subject) do update}, so any number of concurrent submissions by one
 * citizen end as one row without an error. Native SQL is not rewritten by EclipseLink's tenant discriminator, so
 * every table is qualified with the request's tenant schema ({@link TenantTables}).
 */
@RequestScoped
public class JpaSurveyRepository implements SurveyRepository {
    @Inject
    @TenantData
    EntityManager em;
    @Inject
    TenantTables tables;

    private String table(String name) {
        return tables.table(name);
    }

    @Override
    public Optional<Survey> survey(long phaseId) {
        List<?> rows = em.createNativeQuery("select questions::text from " + table("survey") + " where phase_id = ?1")
                .setParameter(1, phaseId).getResultList();
        return rows.stream().findFirst().map(json -> new Survey(SurveyJson.questions((String) json)));
    }

    @Override
    @Transactional
    public void saveSurvey(long phaseId, Survey survey, OffsetDateTime now) {
        em.joinTransaction();
        em.createNativeQuery("insert into " + table("survey") + " (phase_id, questions, updated_at) "
                        + "values (?1, cast(?2 as jsonb), ?3) "
                        + "on conflict (phase_id) do update set questions = excluded.questions, updated_at = excluded.updated_at")
                .setParameter(1, phaseId).setParameter(2, SurveyJson.questions(survey.questions()))
                .setParameter(3, TenantTables.timestamp(now)).executeUpdate();
    }

    @Override
    public long responseCount(long phaseId) {
        return ((Number) em.createNativeQuery("select count(*) from " + table("survey_response") + " where phase_id = ?1")
                .setParameter(1, phaseId).getSingleResult()).longValue();
    }

    @Override
    public Optional<SurveyResponse> response(long phaseId, String citizen) {
        List<?> rows = em.createNativeQuery("select answers::text, channel, created_at, updated_at from "
                        + table("survey_response") + " where phase_id = ?1 and citizen_subject = ?2")
                .setParameter(1, phaseId).setParameter(2, citizen).getResultList();
        return rows.stream().findFirst().map(row -> {
            Object[] r = (Object[]) row;
            return new SurveyResponse(phaseId, citizen, SurveyJson.answers((String) r[0]),
                    Channel.valueOf(((String) r[1]).toUpperCase(java.util.Locale.ROOT)), TenantTables.utc(r[2]), TenantTables.utc(r[3]));
        });
    }

    @Override
    @Transactional
    public boolean saveResponse(SurveyResponse response) {
        em.joinTransaction();
        // xmax = 0 only on a row this statement inserted: tells a creation from a replacement
        Object inserted = em.createNativeQuery("insert into " + table("survey_response")
                        + " (phase_id, citizen_subject, answers, channel, created_at, updated_at) "
                        + "values (?1, ?2, cast(?3 as jsonb), ?4, ?5, ?6) "
                        + "on conflict (phase_id, citizen_subject) do update set answers = excluded.answers, "
                        + "channel = excluded.channel, updated_at = excluded.updated_at "
                        + "returning (xmax = 0)")
                .setParameter(1, response.phaseId()).setParameter(2, response.citizen())
                .setParameter(3, SurveyJson.answers(response.answers())).setParameter(4, response.channel().wireName())
                .setParameter(5, TenantTables.timestamp(response.submittedAt())).setParameter(6, TenantTables.timestamp(response.updatedAt()))
                .getSingleResult();
        return Boolean.TRUE.equals(inserted);
    }

    @Override
    @Transactional
    public long saveRecorded(SurveyResponse response, Recording recording) {
        em.joinTransaction();
        Object id = em.createNativeQuery("insert into " + table("survey_response")
                        + " (phase_id, answers, channel, created_at, updated_at, recorded_by, contact_name, contact_email, "
                        + "received_on) values (?1, cast(?2 as jsonb), ?3, ?4, ?4, ?5, ?6, ?7, ?8) returning id")
                .setParameter(1, response.phaseId()).setParameter(2, SurveyJson.answers(response.answers()))
                .setParameter(3, recording.channel().wireName()).setParameter(4, TenantTables.timestamp(response.submittedAt()))
                .setParameter(5, recording.recordedBy()).setParameter(6, recording.contactName())
                .setParameter(7, recording.contactEmail()).setParameter(8, java.sql.Date.valueOf(recording.receivedOn()))
                .getSingleResult();
        return ((Number) id).longValue();
    }

    @Override
    @Transactional
    public boolean deleteResponse(long phaseId, String citizen) {
        em.joinTransaction();
        return em.createNativeQuery("delete from " + table("survey_response") + " where phase_id = ?1 and citizen_subject = ?2")
                .setParameter(1, phaseId).setParameter(2, citizen).executeUpdate() > 0;
    }

    @Override
    public List<Map<String, Answer>> allAnswers(long phaseId) {
        List<?> rows = em.createNativeQuery("select answers::text from " + table("survey_response")
                        + " where phase_id = ?1 order by id")
                .setParameter(1, phaseId).getResultList();
        return rows.stream().map(json -> SurveyJson.answers((String) json)).toList();
    }
}
