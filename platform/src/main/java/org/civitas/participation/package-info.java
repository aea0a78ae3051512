/**
 * Participation: how citizens take part in an open phase of a consultation, and what staff configure for it. Owns
 * the participation methods' content; for now the {@code survey}: its questions, the citizens' responses and their
 * results.
 *
 * <ul>
 * <li>A phase is open when its consultation is published (not a draft, not closed) and today, in the municipality's
 * time zone ({@code TenantClock}, {@code civitas.default-time-zone}), lies within the phase's dates, both included.
 * Taking part needs a sign-in with the permission {@code participate}; outside the dates the answer is 409 with them.</li>
 * <li>Staff (edit-consultations) give a survey only to a phase whose method is {@code survey} (409 otherwise). Once
 * a survey has responses, changes must keep them meaningful: wording, new options and new optional questions only.</li>
 * <li>Questions and answers are jsonb documents in the tenant's schema ({@code survey}, {@code survey_response});
 * the database keeps one response per citizen and survey (unique phase_id, citizen_subject), and a response is saved
 * by one upsert, so concurrent submissions end as one row without errors.</li>
 * <li>Answers to conditional questions that end up hidden are dropped, not refused (a form without script cannot hide
 * them while it is filled in).</li>
 * </ul>
 */
package org.civitas.participation;
