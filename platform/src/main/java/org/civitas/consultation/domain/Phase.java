package org.civitas.consultation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantTableDiscriminator;
import org.eclipse.persistence.annotations.TenantTableDiscriminatorType;

/** A dated step of a consultation with one participation method. */
@Entity
@Table(name = "phase")
@Multitenant(MultitenantType.TABLE_PER_TENANT)
@TenantTableDiscriminator(type = TenantTableDiscriminatorType.SCHEMA, contextProperty = "eclipselink.tenant-id")
public class Phase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "consultation_id")
    private Consultation consultation;

    @Column(name = "position", nullable = false)
    private int position;

    @Column(name = "title", nullable = false)
    private String title;

    @Column(name = "method", nullable = false)
    private String method;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    private LocalDate endsOn;

    protected Phase() {
    }

    Phase(Consultation consultation, int position, String title, ParticipationMethod method, LocalDate startsOn,
          LocalDate endsOn) {
        this.consultation = consultation;
        this.position = position;
        this.title = title;
        this.method = method.name().toLowerCase(java.util.Locale.ROOT);
        this.startsOn = startsOn;
        this.endsOn = endsOn;
    }

    void replan(int newPosition, String newTitle, ParticipationMethod newMethod, LocalDate newStart, LocalDate newEnd) {
        this.position = newPosition;
        this.title = newTitle;
        this.method = newMethod.name().toLowerCase(java.util.Locale.ROOT);
        this.startsOn = newStart;
        this.endsOn = newEnd;
    }

    public Long id() {
        return id;
    }

    public int position() {
        return position;
    }

    public String title() {
        return title;
    }

    public String method() {
        return method;
    }

    public LocalDate startsOn() {
        return startsOn;
    }

    public LocalDate endsOn() {
        return endsOn;
    }

    /** Whether the phase is under way on this day. */
    public boolean isCurrentOn(LocalDate day) {
        return !day.isBefore(startsOn) && !day.isAfter(endsOn);
    }
}
