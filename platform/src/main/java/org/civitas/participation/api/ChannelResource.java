package org.civitas.participation.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.civitas.participation.application.ContributionChannels;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** How contributions reached the municipality (its own root path, like the follow-up's updates). */
@Path("api/consultations/{id: [0-9]{1,18}}/channels")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Contributions")
public class ChannelResource {
    @Inject
    ContributionChannels channels;

    public record ChannelsView(long consultationId, List<ContributionChannels.PhaseChannels> phases) {
    }

    @GET
    @Operation(summary = "Contributions per phase and channel (online, paper, phone, counter), for staff (see-analysis, "
            + "record-contributions or edit-consultations)")
    public ChannelsView channels(@PathParam("id") long id) {
        return new ChannelsView(id, channels.of(id));
    }
}
