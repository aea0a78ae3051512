package org.civitas.participation.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.civitas.participation.application.Maps;
import org.civitas.participation.domain.MapResults;
import org.civitas.shared.domain.InvalidInputException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The map of a map phase: its settings and categories, citizens' pins, flags, and the counts for staff. */
@Path("api/consultations/{id: [0-9]{1,18}}/phases/{phase: [0-9]{1,18}}/map")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Maps", description = "The participatory map method (on a municipality's host or under /t/{slug})")
public class MapResource {
    private static final String MAP = "{\"centre\":{\"lat\",\"lng\"},\"zoom\",\"bounds\"?:{\"south\",\"west\",\"north\","
            + "\"east\"},\"categories\":[{\"id\"(to keep one),\"label\",\"colour\":\"#rrggbb\"}]}";
    private static final String PIN = "{\"location\":{\"lat\",\"lng\"},\"categoryId\",\"title\",\"text\"?}";

    @Inject
    Maps maps;

    @GET
    @Operation(summary = "The map's centre, zoom, bounds and categories (anyone who sees the consultation); 404 until set")
    public MapView map(@PathParam("id") long id, @PathParam("phase") long phase) {
        return MapView.of(maps.map(id, phase));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set the map (permission edit-consultations): centre, zoom 1..19, optional bounds, 1..20 "
            + "categories; a category with pins must be kept (sent with its id; 409 otherwise)")
    public MapView define(@PathParam("id") long id, @PathParam("phase") long phase, MapRequest body) {
        if (body == null) {
            throw new InvalidInputException("body", "A JSON body is required: " + MAP + ".");
        }
        var centre = body.centre();
        var bounds = body.bounds();
        return MapView.of(maps.define(id, phase, new Maps.Design(centre == null ? null : centre.lat(),
                centre == null ? null : centre.lng(), body.zoom(), bounds != null,
                bounds == null ? null : bounds.south(), bounds == null ? null : bounds.west(),
                bounds == null ? null : bounds.north(), bounds == null ? null : bounds.east(), body.categories())));
    }

    @POST
    @Path("pins")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Pin a place while the phase is open (permission participate): 201; 400 naming each field "
            + "(location outside the bounds, unknown category, title); 409 outside the phase's dates, or when the caller "
            + "already pinned this exact place (a place counts once per person; several places are fine); with "
            + "pre-moderation the pin waits (status pending)")
    public Response pin(@PathParam("id") long id, @PathParam("phase") long phase, MapPinRequest body) {
        if (body == null) {
            throw new InvalidInputException("body", "A JSON body is required: " + PIN + ".");
        }
        var at = body.location();
        var pin = maps.pin(id, phase, new Maps.PinInput(at == null ? null : at.lat(), at == null ? null : at.lng(),
                body.categoryId(), body.title(), body.text()));
        return Response.status(Response.Status.CREATED).entity(MapPinView.of(pin, maps.reader())).build();
    }

    @GET
    @Path("pins")
    @Operation(summary = "The phase's pins, oldest first; pending or hidden ones only to their author and moderators")
    public List<MapPinView> pins(@PathParam("id") long id, @PathParam("phase") long phase) {
        return maps.pins(id, phase).stream().map(p -> MapPinView.of(p, maps.reader())).toList();
    }

    @GET
    @Path("pins/{pin: [0-9]{1,18}}")
    @Operation(summary = "One pin")
    public MapPinView one(@PathParam("id") long id, @PathParam("phase") long phase, @PathParam("pin") long pin) {
        return MapPinView.of(maps.one(id, phase, pin), maps.reader());
    }

    @DELETE
    @Path("pins/{pin: [0-9]{1,18}}")
    @Operation(summary = "Withdraw one's own pin while the phase is open: 204; 403 for someone else's pin")
    public Response withdraw(@PathParam("id") long id, @PathParam("phase") long phase, @PathParam("pin") long pin) {
        maps.withdraw(id, phase, pin);
        return Response.noContent().build();
    }

    @POST
    @Path("pins/{pin: [0-9]{1,18}}/flag")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Flag the pin for the moderators (once per person): 204; 409 when already flagged")
    public Response flag(@PathParam("id") long id, @PathParam("phase") long phase, @PathParam("pin") long pin,
                         ReasonRequest body) {
        maps.flag(id, phase, pin, body == null ? null : body.reason());
        return Response.noContent().build();
    }

    @GET
    @Path("results")
    @Operation(summary = "Published pins per category with their share, and pins pending or hidden (permission "
            + "see-analysis or edit-consultations)")
    public MapResults results(@PathParam("id") long id, @PathParam("phase") long phase) {
        return maps.results(id, phase);
    }
}
