package org.civitas.participation.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.civitas.participation.application.Moderation;
import org.civitas.shared.domain.InvalidInputException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A consultation's pre-moderation switch (staff: edit-consultations or moderate). */
@Path("api/consultations/{id: [0-9]{1,18}}/moderation")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Moderation")
public class PreModerationResource {
    @Inject
    Moderation moderation;

    @GET
    @Operation(summary = "{\"preModeration\":bool}")
    public PreModerationView get(@PathParam("id") long id) {
        return view(id, moderation.preModeration(id));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Turn pre-moderation on or off: {\"preModeration\":true} holds new ideas and comments hidden "
            + "(status pending) until a moderator publishes them")
    public PreModerationView set(@PathParam("id") long id, PreModerationRequest body) {
        if (body == null || body.preModeration() == null) {
            throw new InvalidInputException("preModeration", "preModeration is required: true or false.");
        }
        return view(id, moderation.setPreModeration(id, body.preModeration()));
    }

    private static PreModerationView view(long id, boolean on) {
        return new PreModerationView(id, on);
    }

    public record PreModerationView(long consultationId, boolean preModeration) {
    }
}
