package org.civitas.participation.api;

import java.util.List;
import org.civitas.participation.domain.BudgetProject;

/** What staff send to set a budget: amounts in whole euros; projects in the order citizens see them. */
public record BudgetRequest(Long total, Integer minProjects, Integer maxProjects, Integer minSpendPercent,
                            List<BudgetProject> projects) {
}
