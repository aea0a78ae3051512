package org.civitas.consultation.api;

import java.time.LocalDate;
import java.util.List;
import org.civitas.consultation.domain.Consultation;
import org.civitas.consultation.domain.Phase;

/** A consultation as the API shows it. */
public record ConsultationView(long id, String title, String summary, String status, List<PhaseView> phases) {

    public record PhaseView(int position, String title, String method, LocalDate startsOn, LocalDate endsOn) {
        static PhaseView of(Phase p) {
            return new PhaseView(p.position(), p.title(), p.method(), p.startsOn(), p.endsOn());
        }
    }

    static ConsultationView of(Consultation c) {
        return new ConsultationView(c.id(), c.title(), c.summary(), c.status().name().toLowerCase(java.util.Locale.ROOT),
                c.phases().stream().map(PhaseView::of).toList());
    }
}
