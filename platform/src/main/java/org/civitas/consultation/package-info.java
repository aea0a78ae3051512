/**
 * Consultations: the participatory projects a municipality shows its citizens, with their phases.
 */
package org.civitas.consultation;
