package org.civitas.participation.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.civitas.identity.application.CallerContext;
import org.civitas.participation.application.PhaseResults;
import org.civitas.participation.application.MapTiles;
import org.civitas.participation.application.Maps;
import org.civitas.participation.application.Maps.PhaseMap;
import org.civitas.participation.domain.MapBounds;
import org.civitas.participation.domain.MapPin;
import org.civitas.participation.domain.MapPinSubmission;
import org.civitas.portal.api.PortalPages;
import org.civitas.shared.domain.ConflictException;
import org.civitas.shared.domain.FieldError;
import org.civitas.shared.domain.FieldErrors;
import org.civitas.shared.domain.InvalidInputException;
import org.civitas.theming.application.WebJarLibraries;

/**
 * A map phase for citizens, in two steps. Step 1 shows the map (Leaflet, loaded from the WAR, drawn by the theme's
 * js/map.js) and the same pins as a list grouped by category, with the place as two labelled fields (latitude,
 * longitude) that a click on the map fills in, so it works by keyboard and without script (a GET form, no sign-in
 * needed yet). Step 2 checks the place and asks for the category, title and text; the POST (portal session cookie,
 * accepted only from the portal's own origin) saves the pin and comes back to step 1 with a confirmation.
 */
@Path("consultations/{id: [0-9]{1,18}}/phases/{phase: [0-9]{1,18}}/map")
@RequestScoped
public class MapPage {
    private static final List<String> FIELDS = List.of("lat", "lng", "categoryId", "title", "text");

    @Inject
    PhaseResults results;
    @Inject
    Maps maps;
    @Inject
    MapTiles tiles;
    @Inject
    WebJarLibraries libraries;
    @Inject
    PortalPages pages;
    @Inject
    CallerContext callers;

    /** What the page says about the phase and how its map opens (numbers as the map script reads them). */
    public record PhaseInfo(long consultationId, String consultationTitle, String phaseTitle, LocalDate startsOn,
                            LocalDate endsOn, boolean open, boolean upcoming, String path, double centreLat,
                            double centreLng, int zoom, MapBounds bounds, String tileUrl, String tileAttribution,
                            String leaflet) {
    }

    /** A category with its visible pins, for the list. */
    public record CategoryPins(long id, String label, String colour, List<MapPinView> pins) {
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response page(@PathParam("id") long id, @PathParam("phase") long phase, @QueryParam("lat") String lat,
                         @QueryParam("lng") String lng, @QueryParam("saved") String saved,
                         @QueryParam("withdrawn") String withdrawn) {
        Map<String, String> entered = new HashMap<>();
        entered.put("lat", lat == null ? "" : lat);
        entered.put("lng", lng == null ? "" : lng);
        Map<String, Object> flags = Map.of("saved", "1".equals(saved), "withdrawn", "1".equals(withdrawn));
        return render(maps.map(id, phase), 1, entered, Map.of(), flags, path(id, phase));
    }

    /** Step 2: the place is checked (inside the map) before the rest is asked for. */
    @GET
    @Path("place")
    @Produces(MediaType.TEXT_HTML)
    public Response place(@PathParam("id") long id, @PathParam("phase") long phase, @QueryParam("lat") String lat,
                          @QueryParam("lng") String lng) {
        PhaseMap map = maps.map(id, phase);
        Map<String, String> entered = new HashMap<>();
        entered.put("lat", lat == null ? "" : lat.strip());
        entered.put("lng", lng == null ? "" : lng.strip());
        Map<String, String> errors = placeErrors(map, entered);
        if (!errors.isEmpty()) {
            return pages.withStatus(render(map, 1, entered, errors, Map.of(), path(id, phase)), 422);
        }
        return render(map, 2, entered, Map.of(), Map.of(), placePath(id, phase, entered));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response pin(@PathParam("id") long id, @PathParam("phase") long phase, MultivaluedMap<String, String> form) {
        Map<String, String> entered = new HashMap<>();
        for (String field : FIELDS) {
            entered.put(field, form.getFirst(field) == null ? "" : form.getFirst(field));
        }
        if (!callers.caller().isAuthenticated()) {
            return pages.toSignIn(placePath(id, phase, entered));
        }
        try {
            MapPin pin = maps.pin(id, phase, new Maps.PinInput(number(entered.get("lat")), number(entered.get("lng")),
                    id(entered.get("categoryId")), entered.get("title"), entered.get("text")));
            return Response.seeOther(URI.create(pages.base() + path(id, phase) + "?saved=1#pin-" + pin.id())).build();
        } catch (InvalidInputException e) {
            Map<String, String> errors = new HashMap<>();
            for (FieldError error : e.errors()) {
                String field = error.field().startsWith("location") ? "place" : error.field();
                errors.putIfAbsent(field, "map.error." + field);
            }
            PhaseMap map = maps.map(id, phase);
            boolean placeWrong = errors.containsKey("place");
            return pages.withStatus(render(map, placeWrong ? 1 : 2, entered, errors, Map.of(),
                    placeWrong ? path(id, phase) : placePath(id, phase, entered)), 422);
        } catch (ConflictException e) {
            // already pinned here, or the phase closed meanwhile: the page says which
            PhaseMap map = maps.map(id, phase);
            Map<String, String> errors = map.open() ? Map.of("place", "map.error.duplicate") : Map.of();
            return pages.withStatus(render(map, map.open() ? 2 : 1, entered, errors, Map.of(), placePath(id, phase, entered)), 409);
        }
    }

    @POST
    @Path("pins/{pin: [0-9]{1,18}}/withdraw")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response withdraw(@PathParam("id") long id, @PathParam("phase") long phase, @PathParam("pin") long pin) {
        if (!callers.caller().isAuthenticated()) {
            return pages.toSignIn(path(id, phase));
        }
        maps.withdraw(id, phase, pin);
        return Response.seeOther(URI.create(pages.base() + path(id, phase) + "?withdrawn=1")).build();
    }

    /** Step 1's check, the domain's own (MapPinSubmission.place), in the page's field names. */
    private Map<String, String> placeErrors(PhaseMap map, Map<String, String> entered) {
        FieldErrors found = new FieldErrors();
        MapPinSubmission.place(found, number(entered.get("lat")), number(entered.get("lng")), map.settings());
        Map<String, String> errors = new HashMap<>();
        Map.of("location.lat", "lat", "location.lng", "lng", "location", "place").forEach((field, shown) -> {
            if (found.has(field)) {
                errors.put(shown, "map.error." + shown);
            }
        });
        return errors;
    }
    private Response render(PhaseMap map, int step, Map<String, String> entered, Map<String, String> errors,
                            Map<String, Object> flags, String returnPath) {
        var located = map.located();
        long id = located.consultation().id();
        long phase = located.phase().id();
        var settings = map.settings();
        var tileServer = tiles.server();
        PhaseInfo info = new PhaseInfo(id, located.consultation().title(), located.phase().title(),
                located.phase().startsOn(), located.phase().endsOn(), map.open(), map.upcoming(),
                pages.base() + path(id, phase), settings.centre().lat(), settings.centre().lng(), settings.zoom(),
                settings.bounds(), tileServer.urlTemplate(), tileServer.attribution(),
                libraries.baseUrl(pages.base(), "leaflet"));
        String reader = maps.reader();
        List<CategoryPins> groups = settings.categories().stream().map(c -> new CategoryPins(c.id(), c.label(), c.colour(),
                map.pins().stream().filter(p -> p.categoryId() == c.id()).map(p -> MapPinView.of(p, reader)).toList()))
                .toList();
        Map<String, Object> model = new HashMap<>(flags);
        model.putIfAbsent("saved", false);
        model.putIfAbsent("withdrawn", false);
        model.put("m", info);
        model.put("resultsPublished", results.isPublished(map.located().phase().id()));
        model.put("step", step);
        model.put("categories", groups);
        model.put("pinCount", map.pins().size());
        model.put("entered", entered);
        model.put("errors", errors);
        model.put("titleMax", MapPinSubmission.TITLE_MAX);
        model.put("textMax", MapPinSubmission.TEXT_MAX);
        return pages.page("map", returnPath, model);
    }

    /** A decimal number as typed (a comma as the decimal separator is accepted); null when it is not one. */
    static Double number(String value) {
        if (value == null || !value.strip().matches("[-+]?[0-9]{1,3}([.,][0-9]{1,12})?")) {
            return null;
        }
        return Double.valueOf(value.strip().replace(',', '.'));
    }

    private static Long id(String value) {
        return value != null && value.matches("[0-9]{1,18}") ? Long.valueOf(value) : null;
    }

    private static String path(long id, long phase) {
        return "/consultations/" + id + "/phases/" + phase + "/map";
    }

    private static String placePath(long id, long phase, Map<String, String> entered) {
        return path(id, phase) + "/place?lat=" + URLEncoder.encode(entered.getOrDefault("lat", ""), StandardCharsets.UTF_8)
                + "&lng=" + URLEncoder.encode(entered.getOrDefault("lng", ""), StandardCharsets.UTF_8);
    }
}
