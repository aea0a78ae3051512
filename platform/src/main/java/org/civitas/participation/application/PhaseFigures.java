package org.civitas.participation.application;

import org.civitas.consultation.domain.ParticipationMethod;
import org.civitas.participation.application.ParticipationPhases.LocatedPhase;
import org.civitas.participation.domain.MethodFigures;

/**
 * What each participation method supplies (an application-scoped CDI bean) so a phase's results page can show what its
 * contributions add up to: the figures of one phase, read from the current tenant's schema. A new method adds one bean
 * and one template, {@code results-<method>.ftlh}, in the base theme; a method without a bean shows its summary only.
 */
public interface PhaseFigures {
    ParticipationMethod method();

    /** The figures of a phase that uses this method (counted on what citizens may see: published contributions). */
    MethodFigures figuresOf(LocatedPhase phase);
}
