package org.civitas.participation.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Set;
import org.civitas.participation.application.Moderation;
import org.civitas.participation.domain.ModeratedItem;
import org.civitas.tenancy.application.TenantContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The municipality's moderators: the queue, the hidden items, and decisions on ideas, comments, map pins and arguments. */
@Path("api/moderation")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Moderation", description = "Moderation of ideas, comments, map pins and arguments (permission moderate)")
public class ModerationResource {
    @Inject
    Moderation moderation;
    @Inject
    TenantContext tenants;

    @GET
    @Path("queue")
    @Operation(summary = "Flagged items not yet decided on, and items awaiting pre-moderation, most flagged first")
    public List<QueueItemView> queue() {
        return moderation.queue().stream().map(q -> QueueItemView.of(tenants.basePath(), q)).toList();
    }

    @GET
    @Path("hidden")
    @Operation(summary = "Hidden items with the reason their authors are shown, the most recent first (200 at most), to restore one")
    public List<QueueItemView> hidden() {
        return moderation.hidden().stream().map(q -> QueueItemView.of(tenants.basePath(), q)).toList();
    }

    @GET
    @Path("pre-moderated")
    @Operation(summary = "The ids of the consultations whose new contributions wait for a moderator (pre-moderation on)")
    public Set<Long> preModerated() {
        return moderation.preModerated();
    }

    @POST
    @Path("{kind: [a-z-]{1,20}}/{item: [0-9]{1,18}}/{action: [a-z]{1,20}}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "kind: idea | comment | map-pin; action: hide (reason required), restore a hidden item (reason required), "
            + "publish an item awaiting pre-moderation (reason optional), keep a flagged published item as it is (reason optional); "
            + "the item's open flags are closed; for an idea, imageVersion is the version of its picture the moderator saw "
            + "(0: none): if it has changed since, 409 and nothing is decided")
    public DecisionView decide(@PathParam("kind") String kind, @PathParam("item") long item,
                             @PathParam("action") String action, DecisionRequest body) {
        ModeratedItem decided = moderation.decide(kind, item, action, body == null ? null : body.reason(),
                body == null ? null : body.imageVersion());
        return new DecisionView(decided.kind().wireName(), decided.id(), decided.consultationId(),
                decided.status().wireName());
    }

    /** The item after the decision. */
    public record DecisionView(String kind, long id, long consultationId, String status) {
    }
}
