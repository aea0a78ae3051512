package org.civitas.followup.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.civitas.followup.application.ConsultationFollowUp;
import org.civitas.shared.api.Languages;
import org.civitas.tenancy.application.TenantContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Who follows a consultation: the caller follows or stops following it (signed in). */
@Path("api/consultations/{id: [0-9]{1,18}}/follow")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Follow-up")
public class FollowResource {
    @Inject
    ConsultationFollowUp followUp;
    @Inject
    TenantContext tenants;
    @Inject
    HttpServletRequest request;

    @GET
    @Operation(summary = "Whether the caller follows the consultation")
    public Map<String, Boolean> following(@PathParam("id") long id) {
        return Map.of("following", followUp.follows(id));
    }

    @PUT
    @Operation(summary = "Follow the consultation: be emailed its outcome updates, in the language of this request")
    public Map<String, Boolean> follow(@PathParam("id") long id) {
        followUp.follow(id, Languages.choose(request, tenants.tenant().locales()));
        return Map.of("following", true);
    }

    @DELETE
    @Operation(summary = "Stop following (the address kept for it is deleted)")
    public Response unfollow(@PathParam("id") long id) {
        followUp.unfollow(id);
        return Response.noContent().build();
    }
}
