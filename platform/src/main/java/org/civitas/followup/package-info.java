/**
 * Follow-up: what became of a consultation. Staff publish outcome updates (text, date, milestones); citizens follow a
 * consultation and are told by email; "my contributions" shows what they follow.
 *
 * <p>Each contribution also gets a status (received until staff say otherwise, under review, accepted or rejected,
 * implemented) and an official answer (permission answer-contributions; a rejection must say why, which the database
 * checks too), kept with its history in {@code contribution_answer} and {@code contribution_status_change}. The author
 * is emailed in the language of their account (or, for a recorded contribution, at the contact it left, in the
 * municipality's first language), and sees it on "my contributions" with its steps.
 */
package org.civitas.followup;
