package org.civitas.participation.domain;

/** Why a selection of projects cannot be cast as a ballot, with its size and cost for the message. */
public record SelectionProblem(Kind kind, int count, long cost) {
    public enum Kind {
        TOO_FEW, TOO_MANY, OVER_BUDGET, UNDER_MINIMUM
    }
}
