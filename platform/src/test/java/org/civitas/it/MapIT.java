package org.civitas.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The map method end to end: staff set a map phase's centre, bounds and categories; signed-in citizens pin places
 * inside the bounds while it is open (stored in their municipality's schema; several places each, one pin per exact
 * place, kept by the database even under 200 concurrent requests); refusals (400 naming fields, 409 outside the dates,
 * 404 for another municipality's ids) store nothing; moderators hide and restore pins; staff read counts per category.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MapIT {
    static final LocalDate TODAY = SurveyIT.TODAY;

    static final String MAP = """
            {"centre":{"lat":47.2184,"lng":-1.5536},"zoom":14,
             "bounds":{"south":47.19,"west":-1.60,"north":47.25,"east":-1.50},
             "categories":[{"label":"Carrefour dangereux","colour":"#b3261e"},{"label":"Piste interrompue","colour":"#1F5FA8"}]}""";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PlatformDeployment.war();
    }

    /** A tenant with staff, a moderator and two citizens; a published consultation: a map phase and a survey phase. */
    record Setup(String slug, String agent, String moderator, String citizen, String citizenId, String neighbour,
                 long consultation, long map, long survey, List<Long> categories) {
        String phasePath(long phase) {
            return "/t/" + slug + "/api/consultations/" + consultation + "/phases/" + phase;
        }

        String mapPath() {
            return phasePath(map) + "/map";
        }

        String pinsPath() {
            return mapPath() + "/pins";
        }

        String pin(double lat, double lng, int category, String title) {
            return "{\"location\":{\"lat\":" + lat + ",\"lng\":" + lng + "},\"categoryId\":" + categories.get(category)
                    + ",\"title\":\"" + title + "\",\"text\":\"Les voitures arrivent vite.\"}";
        }

        String schema() {
            return TestDatabase.schemaOf(slug);
        }
    }

    static Setup setup(LocalDate start, LocalDate end) {
        String slug = Api.onboard("map");
        Keycloak.createUser(slug, "agent", "agent");
        Keycloak.createUser(slug, "modo", "moderator");
        String citizenId = Keycloak.createUser(slug, "citizen", "citizen");
        Keycloak.createUser(slug, "voisin", "citizen");
        String agent = Keycloak.accessToken(slug, "agent", "agent");
        String dates = "\"startsOn\":\"" + start + "\",\"endsOn\":\"" + end + "\"";
        Api.Reply created = Api.withToken("POST", "/t/" + slug + "/api/consultations", agent, "{\"title\":\"Pistes cyclables\","
                + "\"summary\":\"Les points noirs\",\"status\":\"published\",\"phases\":["
                + "{\"title\":\"Carte\",\"method\":\"map\"," + dates + "},"
                + "{\"title\":\"Questionnaire\",\"method\":\"survey\"," + dates + "}]}");
        assertEquals(201, created.status(), created.toString());
        JsonObject c = created.json();
        long consultation = c.getJsonNumber("id").longValue();
        long map = c.getJsonArray("phases").getJsonObject(0).getJsonNumber("id").longValue();
        long survey = c.getJsonArray("phases").getJsonObject(1).getJsonNumber("id").longValue();
        Setup partial = new Setup(slug, agent, null, null, citizenId, null, consultation, map, survey, List.of());
        Api.Reply defined = Api.withToken("PUT", partial.mapPath(), agent, MAP);
        assertEquals(200, defined.status(), defined.toString());
        List<Long> categories = defined.json().getJsonArray("categories").stream()
                .map(v -> v.asJsonObject().getJsonNumber("id").longValue()).toList();
        return new Setup(slug, agent, Keycloak.accessToken(slug, "modo", "modo"), Keycloak.accessToken(slug, "citizen", "citizen"),
                citizenId, Keycloak.accessToken(slug, "voisin", "voisin"), consultation, map, survey, categories);
    }

    static Setup open() {
        return setup(TODAY.minusDays(2), TODAY.plusDays(5));
    }

    static long pins(Setup s) throws Exception {
        return TestDatabase.count("select count(*) from " + s.schema() + ".map_pin");
    }

    static long pinOf(Api.Reply created) {
        assertEquals(201, created.status(), created.toString());
        return created.json().getJsonNumber("id").longValue();
    }

    @Test
    void aValidPinIsStoredInItsMunicipalitysSchemaAndCountedPerCategory() throws Exception {
        Setup s = open();
        JsonObject map = Api.get(s.mapPath()).json();
        assertTrue(map.getBoolean("open"));
        assertEquals(47.19, map.getJsonObject("bounds").getJsonNumber("south").doubleValue(), 1e-9, "anyone reads the map");
        assertEquals("#1f5fa8", map.getJsonArray("categories").getJsonObject(1).getString("colour"));

        Api.Reply created = Api.withToken("POST", s.pinsPath(), s.citizen(),
                "{\"location\":{\"lat\":47.21841234567,\"lng\":-1.5536},\"categoryId\":" + s.categories().get(0)
                        + ",\"title\":\"  Carrefour des Écoles \"}");
        long id = pinOf(created);
        JsonObject pin = created.json();
        assertEquals("Carrefour des Écoles", pin.getString("title"), "trimmed");
        assertEquals(47.218412, pin.getJsonObject("location").getJsonNumber("lat").doubleValue(), 0, "rounded to 6 decimals");
        assertEquals("published", pin.getString("status"));
        assertEquals("online", pin.getString("channel"));
        assertTrue(pin.getBoolean("mine"));
        assertEquals(1, TestDatabase.count("select count(*) from " + s.schema() + ".map_pin where id = ? and phase_id = ? "
                + "and category_id = ? and author_subject = ? and channel = 'online' and latitude = 47.218412 "
                + "and text is null", id, s.map(), s.categories().get(0), s.citizenId()));

        // several places per citizen; the same exact place again is refused and stores nothing
        pinOf(Api.withToken("POST", s.pinsPath(), s.citizen(), s.pin(47.2, -1.55, 1, "Piste coupée")));
        Api.Reply twice = Api.withToken("POST", s.pinsPath(), s.citizen(), s.pin(47.2, -1.55, 0, "Encore"));
        assertEquals(409, twice.status(), twice.toString());
        assertTrue(twice.isProblem() && twice.body().contains("already pinned this exact place"), twice.body());
        pinOf(Api.withToken("POST", s.pinsPath(), s.neighbour(), s.pin(47.2, -1.55, 1, "Même endroit, autre voisin")));
        assertEquals(3, pins(s));

        JsonArray all = Api.get(s.pinsPath()).array();
        assertEquals(3, all.size(), "anyone lists the published pins");
        assertFalse(all.getJsonObject(0).getBoolean("mine"));
        assertEquals(id, Api.get(s.pinsPath() + "/" + id).json().getJsonNumber("id").longValue());

        Api.Reply results = Api.withToken("GET", s.mapPath() + "/results", s.agent(), null);
        assertEquals(200, results.status(), results.toString());
        assertEquals(3, results.json().getInt("pins"));
        JsonArray perCategory = results.json().getJsonArray("categories");
        assertEquals(1, perCategory.getJsonObject(0).getInt("pins"));
        assertEquals(2, perCategory.getJsonObject(1).getInt("pins"));
        assertEquals(66.7, perCategory.getJsonObject(1).getJsonNumber("percent").doubleValue(), 1e-9);
        assertEquals(403, Api.withToken("GET", s.mapPath() + "/results", s.citizen(), null).status());
        assertEquals(401, Api.send("GET", s.mapPath() + "/results", null, null, "application/json").status());

        // the author withdraws their pin while the phase is open; nobody else can
        assertEquals(403, Api.withToken("DELETE", s.pinsPath() + "/" + id, s.neighbour(), null).status());
        assertEquals(204, Api.withToken("DELETE", s.pinsPath() + "/" + id, s.citizen(), null).status());
        assertEquals(404, Api.get(s.pinsPath() + "/" + id).status());
        assertEquals(2, pins(s));
    }

    @Test
    void invalidPinsAreRefusedNamingTheirFieldsAndStoreNothing() throws Exception {
        Setup s = open();
        Map<String, String[]> cases = new LinkedHashMap<>();
        cases.put("missing title", new String[]{s.pin(47.2, -1.55, 0, "").replace(",\"title\":\"\"", ""), "title"});
        cases.put("short title", new String[]{s.pin(47.2, -1.55, 0, "ab"), "title"});
        cases.put("out of bounds", new String[]{s.pin(48.8566, 2.3522, 0, "Paris"), "location"});
        cases.put("off the earth", new String[]{s.pin(95, -1.55, 0, "Trop au nord"), "location.lat"});
        cases.put("no location", new String[]{"{\"categoryId\":" + s.categories().get(0) + ",\"title\":\"Sans lieu\"}",
                "location.lat"});
        cases.put("unknown category", new String[]{s.pin(47.2, -1.55, 0, "Catégorie").replace(
                "\"categoryId\":" + s.categories().get(0), "\"categoryId\":987654321"), "categoryId"});
        cases.put("no category", new String[]{s.pin(47.2, -1.55, 0, "Catégorie").replace(
                "\"categoryId\":" + s.categories().get(0) + ",", ""), "categoryId"});
        cases.put("text too long", new String[]{s.pin(47.2, -1.55, 0, "Long").replace("Les voitures arrivent vite.",
                "x".repeat(2001)), "text"});
        for (Map.Entry<String, String[]> c : cases.entrySet()) {
            Api.Reply reply = Api.withToken("POST", s.pinsPath(), s.citizen(), c.getValue()[0]);
            assertEquals(400, reply.status(), c.getKey() + ": " + reply);
            assertTrue(reply.isProblem(), c.getKey());
            assertEquals(c.getValue()[1], reply.json().getJsonArray("errors").getJsonObject(0).getString("field"),
                    c.getKey() + ": " + reply);
        }
        Api.Reply notJson = Api.withToken("POST", s.pinsPath(), s.citizen(), "{\"title\":");
        assertEquals(400, notJson.status(), notJson.toString());
        assertEquals(401, Api.send("POST", s.pinsPath(), null, s.pin(47.2, -1.55, 0, "Anonyme"), "application/json").status());
        Api.Reply survey = Api.withToken("POST", s.phasePath(s.survey()) + "/map/pins", s.citizen(), s.pin(47.2, -1.55, 0, "Ici"));
        assertEquals(409, survey.status(), "a survey phase takes no pins: " + survey);
        assertEquals(404, Api.get(s.phasePath(s.survey()) + "/map").status());
        assertEquals(0, pins(s), "nothing refused is stored");
    }

    @Test
    void aClosedOrNotYetOpenPhaseRefusesPinsWithItsDates() throws Exception {
        Setup past = setup(TODAY.minusDays(20), TODAY.minusDays(1));
        Api.Reply late = Api.withToken("POST", past.pinsPath(), past.citizen(), past.pin(47.2, -1.55, 0, "Trop tard"));
        assertEquals(409, late.status(), late.toString());
        assertTrue(late.body().contains(TODAY.minusDays(1).toString()), "says when it was open: " + late.body());
        assertFalse(Api.get(past.mapPath()).json().getBoolean("open"));
        Setup future = setup(TODAY.plusDays(1), TODAY.plusDays(9));
        Api.Reply early = Api.withToken("POST", future.pinsPath(), future.citizen(), future.pin(47.2, -1.55, 0, "Trop tôt"));
        assertEquals(409, early.status());
        assertTrue(early.body().contains("not open yet") && early.body().contains(TODAY.plusDays(1).toString()), early.body());
        assertEquals(0, pins(past) + pins(future));
    }

    @Test
    void anotherMunicipalitysIdsFindNothingAndStoreNothing() throws Exception {
        Setup s = open();
        long pin = pinOf(Api.withToken("POST", s.pinsPath(), s.citizen(), s.pin(47.2, -1.55, 0, "Chez nous")));
        // a municipality without consultations: this one's ids lead nowhere there
        String bare = Api.onboard("map");
        Keycloak.createUser(bare, "citizen");
        String bareCitizen = Keycloak.accessToken(bare, "citizen", "citizen");
        String foreignPath = s.pinsPath().replace("/t/" + s.slug() + "/", "/t/" + bare + "/");
        Api.Reply post = Api.withToken("POST", foreignPath, bareCitizen, s.pin(47.2, -1.55, 0, "Ailleurs"));
        assertEquals(404, post.status(), "this municipality's phase id through the other one: " + post);
        assertTrue(post.isProblem());
        assertEquals(404, Api.get(foreignPath + "/" + pin).status());
        assertEquals(404, Api.get(foreignPath.replace("/pins", "")).status());
        assertEquals(0, TestDatabase.count("select count(*) from " + TestDatabase.schemaOf(bare) + ".map_pin"));
        assertEquals(401, Api.withToken("POST", s.pinsPath(), bareCitizen, s.pin(47.21, -1.55, 0, "Jeton")).status(),
                "a token of another municipality's realm");

        // a municipality with its own map phase (its ids may equal this one's): this one's pin is not there
        Setup other = open();
        assertEquals(404, Api.get(other.pinsPath() + "/" + pin).status(), "a pin of another municipality through this one's phase");
        assertEquals(404, Api.withToken("DELETE", other.pinsPath() + "/" + pin, other.citizen(), null).status());
        assertEquals(404, Api.withToken("POST", other.pinsPath() + "/" + pin + "/flag", other.citizen(),
                "{\"reason\":\"Hors sujet\"}").status());
        assertEquals(404, Api.withToken("POST", "/t/" + other.slug() + "/api/moderation/map-pin/" + pin + "/hide",
                other.moderator(), "{\"reason\":\"Hors sujet\"}").status());
        Api.Reply category = Api.withToken("POST", other.pinsPath(), other.citizen(), other.pin(47.2, -1.55, 0, "Catégorie")
                .replace("\"categoryId\":" + other.categories().get(0), "\"categoryId\":" + (s.categories().get(1) + 1000)));
        assertEquals(400, category.status(), "a category that is not this map's: " + category);
        assertEquals(1, pins(s));
        assertEquals(0, pins(other) + TestDatabase.count("select count(*) from " + other.schema() + ".moderation_flag")
                + TestDatabase.count("select count(*) from " + other.schema() + ".moderation_decision"));
        assertEquals(1, Api.get(s.pinsPath()).array().size(), "this municipality's pin is untouched");
    }

    @Test
    void onlyStaffSetTheMapAndACategoryWithPinsIsKept() throws Exception {
        Setup s = open();
        assertEquals(403, Api.withToken("PUT", s.mapPath(), s.citizen(), MAP).status());
        assertEquals(401, Api.send("PUT", s.mapPath(), null, MAP, "application/json").status());
        assertEquals(409, Api.withToken("PUT", s.phasePath(s.survey()) + "/map", s.agent(), MAP).status(),
                "staff cannot give a survey phase a map");
        Api.Reply outside = Api.withToken("PUT", s.mapPath(), s.agent(), MAP.replace("\"lat\":47.2184", "\"lat\":48.0"));
        assertEquals(400, outside.status(), outside.toString());
        assertEquals("centre", outside.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        Api.Reply colour = Api.withToken("PUT", s.mapPath(), s.agent(), MAP.replace("#b3261e", "red"));
        assertEquals("categories[0].colour", colour.json().getJsonArray("errors").getJsonObject(0).getString("field"));

        pinOf(Api.withToken("POST", s.pinsPath(), s.citizen(), s.pin(47.2, -1.55, 0, "Carrefour")));
        Api.Reply dropUsed = Api.withToken("PUT", s.mapPath(), s.agent(), MAP);
        assertEquals(409, dropUsed.status(), "categories without ids would replace the used one: " + dropUsed);
        assertTrue(dropUsed.body().contains("cannot be removed"), dropUsed.body());
        String kept = "{\"centre\":{\"lat\":47.22,\"lng\":-1.55},\"zoom\":15,\"categories\":[{\"id\":" + s.categories().get(0)
                + ",\"label\":\"Carrefour à sécuriser\",\"colour\":\"#8a1c14\"},{\"label\":\"Arceaux\",\"colour\":\"#2e7d32\"}]}";
        Api.Reply renamed = Api.withToken("PUT", s.mapPath(), s.agent(), kept);
        assertEquals(200, renamed.status(), renamed.toString());
        assertEquals("Carrefour à sécuriser", renamed.json().getJsonArray("categories").getJsonObject(0).getString("label"));
        assertTrue(!renamed.json().containsKey("bounds") || renamed.json().isNull("bounds"), "bounds removed");
        assertEquals(2, TestDatabase.count("select count(*) from " + s.schema() + ".map_category where phase_id = ?", s.map()));
        assertEquals(1, TestDatabase.count("select count(*) from " + s.schema() + ".map_pin where category_id = ?",
                s.categories().get(0)));
    }

    @Test
    void twoHundredConcurrentIdenticalPinsByOneCitizenLeaveOne() throws Exception {
        Setup s = open();
        // one citizen sends the same request 200 times at once
        List<Api.Reply> replies = Api.atOnce(200, () ->
                BudgetIT.postOwnConnection(s.pinsPath(), s.citizen(), s.pin(47.2, -1.55, 0, "Ici")));
        int created = Api.createdAmong(replies, r -> r.status() == 409 && r.body().contains("already pinned"),
                "a pin or a clean conflict, never an error");
        assertEquals(1, created, "one request stored the pin, the others were refused");
        assertEquals(1, pins(s));
    }

    @Test
    void moderatorsHideAFlaggedPinAndPreModerationHoldsNewOnes() throws Exception {
        Setup s = open();
        long id = pinOf(Api.withToken("POST", s.pinsPath(), s.citizen(), s.pin(47.2, -1.55, 0, "Propos douteux")));
        String flag = s.pinsPath() + "/" + id + "/flag";
        assertEquals(204, Api.withToken("POST", flag, s.neighbour(), "{\"reason\":\"Injurieux\"}").status());
        assertEquals(409, Api.withToken("POST", flag, s.neighbour(), "{\"reason\":\"Encore\"}").status(), "once per person");
        assertEquals(400, Api.withToken("POST", flag, s.citizen(), "{}").status());

        String queuePath = "/t/" + s.slug() + "/api/moderation/queue";
        JsonArray queue = Api.withToken("GET", queuePath, s.moderator(), null).array();
        assertEquals(1, queue.size(), queue.toString());
        assertEquals("map-pin", queue.getJsonObject(0).getString("kind"));
        assertEquals(id, queue.getJsonObject(0).getJsonNumber("id").longValue());
        assertEquals("Propos douteux", queue.getJsonObject(0).getString("excerpt"));

        String hide = "/t/" + s.slug() + "/api/moderation/map-pin/" + id + "/hide";
        assertEquals(403, Api.withToken("POST", hide, s.citizen(), "{\"reason\":\"Moi\"}").status());
        Api.Reply hidden = Api.withToken("POST", hide, s.moderator(), "{\"reason\":\"Propos injurieux\"}");
        assertEquals(200, hidden.status(), hidden.toString());
        assertEquals("hidden", hidden.json().getString("status"));
        assertEquals(0, Api.get(s.pinsPath()).array().size(), "hidden from everyone else");
        assertEquals(404, Api.withToken("GET", s.pinsPath() + "/" + id, s.neighbour(), null).status());
        JsonObject seenByAuthor = Api.withToken("GET", s.pinsPath() + "/" + id, s.citizen(), null).json();
        assertEquals("Propos injurieux", seenByAuthor.getString("moderationReason"));
        assertEquals(0, Api.withToken("GET", queuePath, s.moderator(), null).array().size(), "decided: out of the queue");
        assertEquals(0, Api.withToken("GET", s.mapPath() + "/results", s.agent(), null).json().getInt("pins"));
        assertEquals(1, Api.withToken("GET", s.mapPath() + "/results", s.agent(), null).json().getInt("hidden"));
        String hiddenPath = "/t/" + s.slug() + "/api/moderation/hidden";
        JsonArray hiddenItems = Api.withToken("GET", hiddenPath, s.moderator(), null).array();
        assertEquals(1, hiddenItems.size(), hiddenItems.toString());
        assertEquals(id, hiddenItems.getJsonObject(0).getJsonNumber("id").longValue());
        assertEquals("Propos injurieux", hiddenItems.getJsonObject(0).getString("moderationReason"));
        assertEquals(403, Api.withToken("GET", hiddenPath, s.citizen(), null).status());
        Api.Reply restored = Api.withToken("POST", "/t/" + s.slug() + "/api/moderation/map-pin/" + id + "/restore",
                s.moderator(), "{\"reason\":\"Reformulé\"}");
        assertEquals("published", restored.json().getString("status"), restored.toString());
        assertEquals(1, Api.get(s.pinsPath()).array().size());
        assertEquals(0, Api.withToken("GET", hiddenPath, s.moderator(), null).array().size());
        assertEquals(2, TestDatabase.count("select count(*) from " + s.schema() + ".moderation_decision where "
                + "item_kind = 'map-pin' and item_id = ?", id));

        // flagged again, then kept as it is: the flags close, the pin stays public
        assertEquals(204, Api.withToken("POST", flag, s.moderator(), "{\"reason\":\"Toujours douteux\"}").status());
        String keep = "/t/" + s.slug() + "/api/moderation/map-pin/" + id + "/keep";
        assertEquals(409, Api.withToken("POST", "/t/" + s.slug() + "/api/moderation/map-pin/" + id + "/publish",
                s.moderator(), "{}").status(), "a published pin is kept, not published");
        Api.Reply kept = Api.withToken("POST", keep, s.moderator(), "{}");
        assertEquals("published", kept.json().getString("status"), kept.toString());
        assertEquals(0, Api.withToken("GET", queuePath, s.moderator(), null).array().size(), "kept: out of the queue");
        assertEquals(1, Api.get(s.pinsPath()).array().size());
        assertEquals(3, TestDatabase.count("select count(*) from " + s.schema() + ".moderation_decision where "
                + "item_kind = 'map-pin' and item_id = ?", id));

        String switchPath = "/t/" + s.slug() + "/api/consultations/" + s.consultation() + "/moderation";
        assertEquals(200, Api.withToken("PUT", switchPath, s.agent(), "{\"preModeration\":true}").status());
        assertEquals("[" + s.consultation() + "]", Api.withToken("GET", "/t/" + s.slug() + "/api/moderation/pre-moderated",
                s.moderator(), null).array().toString(), "the moderators' overview lists it");
        Api.Reply held = Api.withToken("POST", s.pinsPath(), s.neighbour(), s.pin(47.21, -1.56, 1, "En attente"));
        assertEquals("pending", held.json().getString("status"), held.toString());
        long heldId = held.json().getJsonNumber("id").longValue();
        assertEquals(1, Api.get(s.pinsPath()).array().size(), "the pending pin is not public");
        assertEquals(2, Api.withToken("GET", s.pinsPath(), s.neighbour(), null).array().size(), "its author sees it");
        assertEquals("map-pin", Api.withToken("GET", queuePath, s.moderator(), null).array().getJsonObject(0).getString("kind"));
        assertEquals(200, Api.withToken("POST", "/t/" + s.slug() + "/api/moderation/map-pins/" + heldId + "/publish",
                s.moderator(), "{}").status());
        assertEquals(2, Api.get(s.pinsPath()).array().size());
    }
}
