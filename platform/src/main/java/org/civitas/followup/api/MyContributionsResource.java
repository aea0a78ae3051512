package org.civitas.followup.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.civitas.followup.application.ContributionAnswers;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The signed-in person's contributions and what became of each. */
@Path("api/my/contributions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Follow-up")
public class MyContributionsResource {
    @Inject
    ContributionAnswers contributions;

    @GET
    @Operation(summary = "The caller's contributions of every kind, newest first, with status and answer (signed in)")
    public List<ContributionView> mine() {
        return contributions.mine().stream().map(ContributionView::forAuthor).toList();
    }
}
