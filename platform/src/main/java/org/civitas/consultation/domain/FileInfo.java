package org.civitas.consultation.domain;

/** What is known of an attached file without its bytes. */
public record FileInfo(long id, long consultationId, String kind, String fileName, String title, String mediaType, long size) {
}
