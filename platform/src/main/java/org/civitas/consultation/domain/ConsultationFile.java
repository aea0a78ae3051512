package org.civitas.consultation.domain;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantTableDiscriminator;
import org.eclipse.persistence.annotations.TenantTableDiscriminatorType;

/** The image or a document of a consultation, bytes included. Lists read {@link FileInfo} and leave the bytes. */
@Entity
@Table(name = "consultation_file")
@Multitenant(MultitenantType.TABLE_PER_TENANT)
@TenantTableDiscriminator(type = TenantTableDiscriminatorType.SCHEMA, contextProperty = "eclipselink.tenant-id")
public class ConsultationFile {
    public static final String IMAGE = "image";
    public static final String DOCUMENT = "document";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "consultation_id", nullable = false)
    private long consultationId;

    @Column(name = "kind", nullable = false)
    private String kind;

    @Column(name = "file_name", nullable = false)
    private String fileName;

    @Column(name = "title", nullable = false)
    private String title;

    @Column(name = "media_type", nullable = false)
    private String mediaType;

    @Column(name = "size_bytes", nullable = false)
    private int size;

    @Basic(fetch = FetchType.LAZY)
    @Column(name = "content", nullable = false)
    private byte[] content;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    protected ConsultationFile() {
    }

    public ConsultationFile(long consultationId, String kind, String fileName, String title, String mediaType, byte[] content,
                            OffsetDateTime createdAt) {
        this.consultationId = consultationId;
        this.kind = kind;
        this.fileName = fileName;
        this.title = title;
        this.mediaType = mediaType;
        this.size = content.length;
        this.content = content;
        this.createdAt = createdAt;
    }

    public Long id() {
        return id;
    }

    public FileInfo info() {
        return new FileInfo(id, consultationId, kind, fileName, title, mediaType, size);
    }

    public byte[] content() {
        return content;
    }
}
