package org.civitas.consultation.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.civitas.shared.domain.ConflictException;
import org.civitas.shared.domain.InvalidInputException;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantTableDiscriminator;
import org.eclipse.persistence.annotations.TenantTableDiscriminatorType;

/** A participatory project shown to citizens, with its timeline of phases. Lives in the tenant's schema. */
@Entity
@Table(name = "consultation")
@Multitenant(MultitenantType.TABLE_PER_TENANT)
@TenantTableDiscriminator(type = TenantTableDiscriminatorType.SCHEMA, contextProperty = "eclipselink.tenant-id")
public class Consultation {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "title", nullable = false)
    private String title;

    @Column(name = "summary", nullable = false)
    private String summary;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private ConsultationStatus status;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "description")
    private String description;

    @Column(name = "stakes")
    private String stakes;

    @Column(name = "procedure_text")
    private String procedure;

    @Column(name = "decided_by")
    private String decidedBy;

    /** Themes, stored as {@code |Mobilité|Environnement|} ('|' is refused in a theme). */
    @Column(name = "tags")
    private String tags;

    @Column(name = "district")
    private String district;

    @Column(name = "image_alt")
    private String imageAlt;

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    @Column(name = "updated_at")
    private OffsetDateTime updatedAt;

    @OneToMany(mappedBy = "consultation", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @OrderBy("position")
    @BatchFetch(BatchFetchType.IN) // one query for the phases of a whole catalog page
    private List<Phase> phases = new ArrayList<>();

    protected Consultation() {
    }

    public Consultation(String title, String summary, ConsultationStatus status, OffsetDateTime createdAt) {
        this.title = title;
        this.summary = summary;
        this.status = status;
        this.createdAt = createdAt;
    }

    /** What citizens need to understand before taking part: the subject, the stakes, the procedure, who decides. */
    public void describe(String fullDescription, String whatIsAtStake, String howItHappens, String whoDecides) {
        this.description = fullDescription;
        this.stakes = whatIsAtStake;
        this.procedure = howItHappens;
        this.decidedBy = whoDecides;
    }

    public void rename(String newTitle, String newSummary) {
        this.title = newTitle;
        this.summary = newSummary;
    }

    /** Where citizens find it: its themes and the district it concerns (both optional). */
    public void classify(List<String> themes, String concernedDistrict) {
        this.tags = themes == null || themes.isEmpty() ? null : "|" + String.join("|", themes) + "|";
        this.district = concernedDistrict;
    }

    public void describeImage(String alternativeText) {
        this.imageAlt = alternativeText;
    }

    public Phase addPhase(String phaseTitle, ParticipationMethod method, LocalDate startsOn, LocalDate endsOn) {
        Phase phase = new Phase(this, phases.size() + 1, phaseTitle, method, startsOn, endsOn);
        phases.add(phase);
        return phase;
    }

    /**
     * Makes the timeline the given one, in that order: a phase with the id of an existing phase is that phase changed
     * (so what citizens contributed to it stays attached), one without an id is new, and the others are removed.
     */
    public void replanPhases(List<PhasePlan> plan) {
        Map<Long, Phase> existing = new HashMap<>();
        phases.forEach(p -> existing.put(p.id(), p));
        List<Phase> next = new ArrayList<>();
        for (int i = 0; i < plan.size(); i++) {
            PhasePlan step = plan.get(i);
            Phase phase;
            if (step.id() == null) {
                phase = new Phase(this, i + 1, step.title(), step.method(), step.startsOn(), step.endsOn());
            } else {
                phase = existing.remove(step.id());
                if (phase == null) {
                    throw new InvalidInputException("phases[" + i + "].id", "This consultation has no phase " + step.id()
                            + "; leave id out to add a new phase.");
                }
                phase.replan(i + 1, step.title(), step.method(), step.startsOn(), step.endsOn());
            }
            next.add(phase);
        }
        phases.clear();
        phases.addAll(next);
    }

    /** Shows it to citizens (again, after a closing). */
    public void publish() {
        status = ConsultationStatus.PUBLISHED;
    }

    /** Ends it: still shown, with its timeline, but nobody takes part any more. */
    public void close() {
        if (status == ConsultationStatus.DRAFT) {
            throw new ConflictException("A draft cannot be closed: publish it first, or leave it as a draft.");
        }
        status = ConsultationStatus.CLOSED;
    }

    public void touch(OffsetDateTime now) {
        this.updatedAt = now;
    }

    /** Where it stands in time for a citizen on this day. */
    public Timing timingOn(LocalDate day) {
        if (status == ConsultationStatus.CLOSED) {
            return Timing.CLOSED;
        }
        if (phases.isEmpty()) {
            return Timing.CURRENT;
        }
        LocalDate start = phases.stream().map(Phase::startsOn).min(LocalDate::compareTo).orElseThrow();
        LocalDate end = phases.stream().map(Phase::endsOn).max(LocalDate::compareTo).orElseThrow();
        if (day.isBefore(start)) {
            return Timing.UPCOMING;
        }
        return day.isAfter(end) ? Timing.CLOSED : Timing.CURRENT;
    }

    public Long id() {
        return id;
    }

    public String title() {
        return title;
    }

    public String summary() {
        return summary;
    }

    public ConsultationStatus status() {
        return status;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }

    public String description() {
        return description;
    }

    public String stakes() {
        return stakes;
    }

    public String procedure() {
        return procedure;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public List<String> tags() {
        if (tags == null) {
            return List.of();
        }
        return Arrays.stream(tags.split("\\|")).filter(t -> !t.isEmpty()).toList();
    }

    public String district() {
        return district;
    }

    public String imageAlt() {
        return imageAlt;
    }

    public int version() {
        return version;
    }

    public OffsetDateTime updatedAt() {
        return updatedAt;
    }

    public List<Phase> phases() {
        return List.copyOf(phases);
    }
}
