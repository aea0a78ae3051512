package org.civitas.participation.domain;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * When citizens may take part in a phase: its consultation is published (not a draft, not closed) and the day, in the
 * municipality's time zone, lies within the phase's dates, both included.
 */
public record PhaseWindow(boolean published, LocalDate startsOn, LocalDate endsOn) {

    public boolean isOpenOn(LocalDate day) {
        return published && !day.isBefore(startsOn) && !day.isAfter(endsOn);
    }

    /** Why citizens cannot take part on this day, said so they know when they could; null when open. */
    public String closedReasonOn(LocalDate day) {
        String dates = "from " + iso(startsOn) + " to " + iso(endsOn) + " included";
        if (!published) {
            return "This consultation is closed: nobody can take part any more (the phase ran " + dates + ").";
        }
        if (day.isBefore(startsOn)) {
            return "This phase is not open yet: citizens can take part " + dates + ".";
        }
        if (day.isAfter(endsOn)) {
            return "This phase is over: citizens could take part " + dates + ".";
        }
        return null;
    }

    /** How long after a phase's end agents may still type in what reached the municipality while it was open. */
    public static final int LATE_RECORDING_DAYS = 30;

    /**
     * Why an agent may not record today a contribution that reached the municipality on {@code receivedOn}; null when
     * they may: it arrived while the phase was open, and today is at most {@value #LATE_RECORDING_DAYS} days after the end.
     */
    public String recordingRefusal(LocalDate receivedOn, LocalDate today) {
        String closed = closedReasonOn(receivedOn);
        if (closed != null) {
            return "It reached the municipality on " + iso(receivedOn) + ", when citizens could not take part. " + closed;
        }
        LocalDate last = endsOn.plusDays(LATE_RECORDING_DAYS);
        if (today.isAfter(last)) {
            return "This phase ended on " + iso(endsOn) + ": what reached the municipality in time could be recorded until "
                    + iso(last) + " (" + LATE_RECORDING_DAYS + " days after).";
        }
        return null;
    }

    private static String iso(LocalDate day) {
        return day.format(DateTimeFormatter.ISO_LOCAL_DATE);
    }
}
