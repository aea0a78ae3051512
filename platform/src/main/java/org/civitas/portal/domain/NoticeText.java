package org.civitas.portal.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.OffsetDateTime;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantTableDiscriminator;
import org.eclipse.persistence.annotations.TenantTableDiscriminatorType;

/** A municipality's own text of a notice in one language (Markdown). In the tenant's schema. */
@Entity
@Table(name = "notice_text")
@IdClass(NoticeText.Key.class)
@Multitenant(MultitenantType.TABLE_PER_TENANT)
@TenantTableDiscriminator(type = TenantTableDiscriminatorType.SCHEMA, contextProperty = "eclipselink.tenant-id")
public class NoticeText {
    @Id
    @Column(name = "notice")
    private String notice;

    @Id
    @Column(name = "language")
    private String language;

    @Column(name = "body", nullable = false)
    private String body;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    /** The primary key: a notice in a language. */
    public static class Key implements Serializable {
        private String notice;
        private String language;

        public Key() {
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key k && java.util.Objects.equals(notice, k.notice)
                    && java.util.Objects.equals(language, k.language);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(notice, language);
        }
    }

    protected NoticeText() {
    }

    public NoticeText(Notice notice, String language, String body, OffsetDateTime updatedAt) {
        this.notice = notice.key();
        this.language = language;
        this.body = body;
        this.updatedAt = updatedAt;
    }

    public String language() {
        return language;
    }

    public String body() {
        return body;
    }

    public OffsetDateTime updatedAt() {
        return updatedAt;
    }
}
