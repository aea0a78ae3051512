package org.civitas.followup.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantTableDiscriminator;
import org.eclipse.persistence.annotations.TenantTableDiscriminatorType;

/**
 * A person who follows a consultation, with the address and language to write to (kept only while they follow:
 * unfollowing deletes the row). One per person and consultation, by a database constraint.
 */
@Entity
@Table(name = "consultation_follower")
@Multitenant(MultitenantType.TABLE_PER_TENANT)
@TenantTableDiscriminator(type = TenantTableDiscriminatorType.SCHEMA, contextProperty = "eclipselink.tenant-id")
public class Follower {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "consultation_id", nullable = false)
    private long consultationId;

    @Column(name = "subject", nullable = false)
    private String subject;

    @Column(name = "email")
    private String email;

    @Column(name = "language", nullable = false)
    private String language;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    protected Follower() {
    }

    public Follower(long consultationId, String subject, String email, String language, OffsetDateTime createdAt) {
        this.consultationId = consultationId;
        this.subject = subject;
        this.email = email;
        this.language = language;
        this.createdAt = createdAt;
    }

    public long consultationId() {
        return consultationId;
    }

    public String email() {
        return email;
    }

    public String language() {
        return language;
    }
}
