package org.civitas.followup.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantTableDiscriminator;
import org.eclipse.persistence.annotations.TenantTableDiscriminatorType;

/** What happened since: a decision, works starting, a report published. A milestone marks the big steps. */
@Entity
@Table(name = "outcome_update")
@Multitenant(MultitenantType.TABLE_PER_TENANT)
@TenantTableDiscriminator(type = TenantTableDiscriminatorType.SCHEMA, contextProperty = "eclipselink.tenant-id")
public class OutcomeUpdate {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "consultation_id", nullable = false)
    private long consultationId;

    @Column(name = "title", nullable = false)
    private String title;

    @Column(name = "body", nullable = false)
    private String body;

    @Column(name = "happened_on", nullable = false)
    private LocalDate happenedOn;

    @Column(name = "milestone", nullable = false)
    private boolean milestone;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    protected OutcomeUpdate() {
    }

    public OutcomeUpdate(long consultationId, String title, String body, LocalDate happenedOn, boolean milestone,
                         OffsetDateTime createdAt) {
        this.consultationId = consultationId;
        this.title = title;
        this.body = body;
        this.happenedOn = happenedOn;
        this.milestone = milestone;
        this.createdAt = createdAt;
    }

    public Long id() {
        return id;
    }

    public long consultationId() {
        return consultationId;
    }

    public String title() {
        return title;
    }

    public String body() {
        return body;
    }

    public LocalDate happenedOn() {
        return happenedOn;
    }

    public boolean milestone() {
        return milestone;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }
}
