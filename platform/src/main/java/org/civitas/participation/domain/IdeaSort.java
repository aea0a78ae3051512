package org.civitas.participation.domain;

import org.civitas.shared.domain.InvalidInputException;

/** How a list of ideas is ordered: newest first, or most supported first (then newest). */
public enum IdeaSort {
    NEW, SUPPORT;

    public static IdeaSort fromQuery(String value) {
        if (value == null || value.isBlank() || value.equals("new")) {
            return NEW;
        }
        if (value.equals("support")) {
            return SUPPORT;
        }
        throw new InvalidInputException("sort", "sort must be \"new\" (newest first) or \"support\" (most supported first).");
    }
}
