package org.civitas.participation.api;

/** What an information phase tells citizens, in Markdown (1..20000 characters). */
public record InformationRequest(String content) {
}
