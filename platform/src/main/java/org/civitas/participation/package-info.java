/**
 * Participation: how citizens take part in an open phase of a consultation, and what staff configure for it. Owns
 * the participation methods' content (for now the {@code survey}: its questions, the citizens' responses and their
 * results). A phase is open when its consultation is published and today, in the municipality's time zone, lies
 * within the phase's dates.
 */
package org.civitas.participation;
