package org.civitas.followup.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.civitas.followup.application.ConsultationFollowUp;
import org.civitas.shared.api.Languages;
import org.civitas.tenancy.application.TenantContext;

/** The consultation page's follow button: a plain form, so it works without script, then back to the page. */
@Path("consultations/{id: [0-9]{1,18}}/follow")
@RequestScoped
public class FollowForm {
    @Inject
    ConsultationFollowUp followUp;
    @Inject
    TenantContext tenants;
    @Inject
    HttpServletRequest request;

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response submit(@PathParam("id") long id, @FormParam("follow") String follow) {
        if ("no".equals(follow)) {
            followUp.unfollow(id);
        } else {
            followUp.follow(id, Languages.choose(request, tenants.tenant().locales()));
        }
        return Response.seeOther(URI.create(tenants.basePath() + "/consultations/" + id + "#follow-up")).build();
    }
}
