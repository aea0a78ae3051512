package org.civitas.participation.api;

/**
 * An idea received on paper, by phone or at the counter: channel (paper, phone, counter), the person's contact if they
 * left one (to be sent the answer), then the idea as a citizen sends it.
 */
public record RecordedIdeaRequest(String channel, String contactName, String contactEmail, String receivedOn, String title, String text,
                                  String theme, IdeaRequest.LocationRequest location) {
}
