package org.civitas.participation.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * What a phase's contributions add up to, as published with its results: a few headline numbers and tables of rows.
 * It says nothing of how they look: each method's results template lays them out. Numbers are the truth; {@code bar}
 * only sizes a decorative bar.
 *
 * @param method the participation method's wire name ("survey", "ideas", ...), which picks the template
 */
public record MethodFigures(String method, List<Headline> headlines, List<FigureTable> tables) {

    /** No figures: a method that counts nothing (information), or one whose figures are not built yet. */
    public static MethodFigures none(String method) {
        return new MethodFigures(method, List.of(), List.of());
    }

    public boolean isEmpty() {
        return headlines.isEmpty() && tables.isEmpty();
    }

    /**
     * @param name  what it counts, named for the template's messages ("responses", "supports", ...)
     * @param euros an amount in whole euros rather than a count
     */
    public record Headline(String name, long value, boolean euros) {
        public static Headline count(String name, long value) {
            return new Headline(name, value, false);
        }

        public static Headline euros(String name, long value) {
            return new Headline(name, value, true);
        }
    }

    /**
     * One table of figures.
     *
     * @param kind    which kind of table, for the template ("choices", "ranking", "average", "topIdeas", "projects"...)
     * @param caption its caption when the data gives one (a question's label); null when the kind names it
     * @param base    how many the shares are counted on (those who answered a question, the ballots ...)
     * @param average an average when the table has one (scales and numbers), else null
     */
    public record FigureTable(String kind, String caption, long base, BigDecimal average, List<FigureRow> rows) {
    }

    /**
     * One row of a table.
     *
     * @param label   what it counts (an option, an idea's title, a project); null for the method's "other" row
     * @param count   how many (chose it, supported it, voted for it)
     * @param percent its share of the table's base (one decimal), or null when a share would mean nothing
     * @param amount  a second quantity the method names: a project's cost in whole euros (budget), the disagreements
     *                (debate); or null
     * @param average an average rank or value, or null
     * @param marked  a mark the method gives some rows (a project within the budget)
     * @param bar     the decorative bar's length, 0 to 100 in steps of 5
     */
    public record FigureRow(String label, long count, BigDecimal percent, Long amount, BigDecimal average, boolean marked,
                            int bar) {
    }

    /** A share in percent with one decimal; 0 when the whole is 0. */
    public static BigDecimal percent(long part, long whole) {
        if (whole <= 0) {
            return BigDecimal.ZERO.setScale(1);
        }
        return BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }

    /** A bar length: the part's share of the whole, rounded to 5 so the stylesheet has a class for each. */
    public static int bar(long part, long whole) {
        if (whole <= 0 || part <= 0) {
            return 0;
        }
        long share = Math.round(Math.min(1.0, (double) part / whole) * 20) * 5;
        return (int) Math.max(5, share); // something counted shows
    }
}
