package org.civitas.participation.domain;

import java.util.Comparator;
import java.util.List;

/**
 * A debate's results: per side, its published arguments with their agree and disagree counts (most agreed first) and
 * the side's totals. Arguments awaiting moderation or hidden do not count.
 */
public record DebateResults(long arguments, SideResults forSide, SideResults againstSide) {

    /** One argument's tally. */
    public record Tally(long id, String text, long agrees, long disagrees) {
    }

    /** One side's arguments and totals. */
    public record SideResults(String side, long arguments, long agrees, long disagrees, List<Tally> tallies) {
    }

    public static DebateResults of(List<Argument> arguments) {
        List<Argument> published = arguments.stream().filter(a -> a.status() == ModerationStatus.PUBLISHED).toList();
        SideResults pro = side(ArgumentSide.FOR, published);
        SideResults con = side(ArgumentSide.AGAINST, published);
        return new DebateResults(pro.arguments() + con.arguments(), pro, con);
    }

    private static SideResults side(ArgumentSide side, List<Argument> published) {
        List<Tally> tallies = published.stream().filter(a -> a.side() == side)
                .sorted(Comparator.comparingLong(Argument::agrees).reversed()
                        .thenComparingLong(Argument::disagrees).thenComparingLong(Argument::id))
                .map(a -> new Tally(a.id(), a.text(), a.agrees(), a.disagrees())).toList();
        return new SideResults(side.wireName(), tallies.size(), tallies.stream().mapToLong(Tally::agrees).sum(),
                tallies.stream().mapToLong(Tally::disagrees).sum(), tallies);
    }
}
