package org.civitas.participation.domain;

/**
 * A project citizens may choose on a budget ballot, with its cost in whole euros. {@code id} is given by the database;
 * staff leave it out to add a project and repeat it to keep one. {@code district} is optional.
 */
public record BudgetProject(Long id, String title, String description, Long cost, String district) {
}
