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
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
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

    @OneToMany(mappedBy = "consultation", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @OrderBy("position")
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

    public Phase addPhase(String phaseTitle, ParticipationMethod method, java.time.LocalDate startsOn,
                          java.time.LocalDate endsOn) {
        Phase phase = new Phase(this, phases.size() + 1, phaseTitle, method, startsOn, endsOn);
        phases.add(phase);
        return phase;
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

    public List<Phase> phases() {
        return List.copyOf(phases);
    }
}
