package org.civitas.consultation.api;

import java.time.LocalDate;
import java.util.List;
import org.civitas.consultation.domain.Consultation;
import org.civitas.consultation.domain.Phase;

/** A consultation as the API shows it. */
public record ConsultationView(long id, String title, String summary, String description, String stakes, String procedure,
                               String decidedBy, String status, List<PhaseView> phases) {

    /** A phase; {@code current} when it is under way today (in the server's calendar). */
    public record PhaseView(int position, String title, String method, LocalDate startsOn, LocalDate endsOn, boolean current) {
        static PhaseView of(Phase p, LocalDate today) {
            return new PhaseView(p.position(), p.title(), p.method(), p.startsOn(), p.endsOn(), p.isCurrentOn(today));
        }
    }

    static ConsultationView of(Consultation c) {
        LocalDate today = LocalDate.now();
        return new ConsultationView(c.id(), c.title(), c.summary(), c.description(), c.stakes(), c.procedure(), c.decidedBy(),
                c.status().name().toLowerCase(java.util.Locale.ROOT),
                c.phases().stream().map(p -> PhaseView.of(p, today)).toList());
    }
}
