package org.civitas.participation.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.civitas.shared.domain.FieldError;
import org.civitas.shared.domain.InvalidInputException;
import org.junit.jupiter.api.Test;

/** The map method's rules: what staff may set, what a citizen may pin, the counts, and the tile server's origin. */
class MapRulesTest {
    static final MapSettings MAP = new MapSettings(new Location(47.2184, -1.5536), 14,
            new MapBounds(47.19, -1.60, 47.25, -1.50),
            List.of(new MapCategory(1L, "Carrefour dangereux", "#b3261e"), new MapCategory(2L, "Piste", "#1f5fa8")));

    static List<String> fields(Runnable r) {
        return assertThrows(InvalidInputException.class, r::run).errors().stream().map(FieldError::field).toList();
    }

    @Test
    void aValidPinIsTrimmedAndItsPlaceRoundedToSixDecimals() {
        MapPinSubmission pin = MapPinSubmission.checked(47.21841234567, -1.55361234567, 2L, "  Trou dans la piste ", "  ",
                MAP);
        assertEquals("Trou dans la piste", pin.title());
        assertNull(pin.text(), "blank details are none");
        assertEquals(47.218412, pin.location().lat(), 0);
        assertEquals(-1.553612, pin.location().lng(), 0);
        assertEquals(2L, pin.categoryId());
    }

    @Test
    void aPinOutsideTheBoundsWithAnUnknownCategoryAndNoTitleIsRefusedWithEveryField() {
        assertEquals(List.of("location", "categoryId", "title"),
                fields(() -> MapPinSubmission.checked(48.85, 2.35, 99L, null, null, MAP)));
        assertEquals(List.of("location.lat", "location.lng", "categoryId"),
                fields(() -> MapPinSubmission.checked(null, Double.NaN, null, "Titre", null, MAP)));
        assertEquals(List.of("location.lat"), fields(() -> MapPinSubmission.checked(91.0, 2.0, 1L, "Titre", null,
                new MapSettings(new Location(0, 0), 3, null, MAP.categories()))));
        assertEquals(List.of("text"), fields(() -> MapPinSubmission.checked(47.2, -1.55, 1L, "Titre", "x".repeat(2001), MAP)));
        // the edges of the area are inside
        assertEquals(47.25, MapPinSubmission.checked(47.25, -1.50, 1L, "Au bord", null, MAP).location().lat(), 0);
    }

    @Test
    void withoutBoundsAnyPlaceOnEarthMayBePinned() {
        MapSettings world = new MapSettings(new Location(0, 0), 2, null, MAP.categories());
        assertTrue(world.allows(-89.9, 179.9));
        assertFalse(world.allows(90.1, 0));
        assertEquals(-33.8688, MapPinSubmission.checked(-33.8688, 151.2093, 1L, "Sydney", null, world).location().lat(), 0);
    }

    @Test
    void staffSettingsAreCheckedWhole() {
        List<MapCategory> categories = List.of(new MapCategory(null, "Arbre", "#2E7D32"), new MapCategory(7L, "Banc", "#123abc"));
        MapSettings ok = MapSettings.checked(47.2, -1.55, null, true, 47.19, -1.60, 47.25, -1.50, categories, Set.of(7L));
        assertEquals(MapSettings.DEFAULT_ZOOM, ok.zoom());
        assertEquals("#2e7d32", ok.categories().get(0).colour(), "colours are kept in lower case");
        assertEquals(7L, ok.categories().get(1).id());

        assertEquals(List.of("centre"), fields(() -> MapSettings.checked(48.0, -1.55, 14, true, 47.19, -1.60, 47.25, -1.50,
                categories, Set.of(7L))));
        assertEquals(List.of("zoom", "bounds"), fields(() -> MapSettings.checked(47.2, -1.55, 25, true, 47.25, -1.60, 47.19,
                -1.50, categories, Set.of(7L))));
        assertEquals(List.of("centre.lat", "categories"), fields(() -> MapSettings.checked(null, -1.55, 14, false, null,
                null, null, null, List.of(), Set.of())));
        assertEquals(List.of("categories[1].label", "categories[1].colour", "categories[1].id"),
                fields(() -> MapSettings.checked(47.2, -1.55, 14, false, null, null, null, null,
                        List.of(new MapCategory(null, "Arbre", "#2e7d32"), new MapCategory(8L, " arbre ", "green")),
                        Set.of(7L))));
    }

    @Test
    void resultsCountPublishedPinsPerCategoryWithTheirShare() {
        MapResults results = MapResults.of(MAP, Map.of(1L, 3L), Map.of(ModerationStatus.PUBLISHED, 3L,
                ModerationStatus.HIDDEN, 1L));
        assertEquals(3, results.pins());
        assertEquals(1, results.hidden());
        assertEquals(0, results.pending());
        assertEquals(100.0, results.categories().get(0).percent(), 0);
        assertEquals(0, results.categories().get(1).pins());
        assertEquals(0.0, MapResults.of(MAP, Map.of(), Map.of()).categories().get(0).percent(), 0);
    }

    @Test
    void theTileServerIsOptionalAndItsOriginGoesToTheCsp() {
        assertFalse(TileServer.of("", "").configured());
        assertFalse(TileServer.of(null, null).configured());
        assertFalse(TileServer.of("javascript:alert(1)", "").configured());
        assertFalse(TileServer.of("https://tiles.example.org/{z}/{x}/{y}.png; script-src *", "").configured(),
                "nothing that could add to the CSP");
        assertEquals("https://tiles.example.org", TileServer.of("https://tiles.example.org/{z}/{x}/{y}.png", "© x").origin());
        assertEquals("http://localhost:8081", TileServer.of("http://localhost:8081/tiles/{z}/{x}/{y}.png", "").origin());
        assertEquals("https://*.tile.example.org", TileServer.of("https://{s}.tile.example.org/{z}/{x}/{y}.png", "").origin());
        assertEquals("© OpenStreetMap", TileServer.of(" https://t.example/{z}/{x}/{y}.png ", " © OpenStreetMap ").attribution());
    }

    @Test
    void pinsAreModeratedAsMapPin() {
        assertEquals("map-pin", ModeratedKind.MAP_PIN.wireName());
        assertEquals(ModeratedKind.MAP_PIN, ModeratedKind.fromPath("map-pins"));
        assertEquals("map-pin", ContributionKind.MAP_PIN.wireName());
    }
}
