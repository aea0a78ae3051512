/**
 * Follow-up: what became of a consultation. Staff publish outcome updates (text, date, milestones); citizens follow a
 * consultation and are told by email; "my contributions" shows what they follow.
 */
package org.civitas.followup;
