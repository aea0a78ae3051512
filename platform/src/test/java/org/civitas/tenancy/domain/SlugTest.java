package org.civitas.tenancy.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.civitas.shared.domain.InvalidInputException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SlugTest {
    @ParameterizedTest
    @ValueSource(strings = {"ville-a", "ab", "saint-denis-93", "x1", "a-b-c"})
    void acceptsLowercaseLettersDigitsAndSingleHyphens(String slug) {
        assertNull(Slug.problemWith(slug));
        assertEquals(slug, new Slug(slug).value());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "a", "Ville-A", "ville_a", "-ville", "ville-", "ville--a", "1ville", "ville a",
            "vïlle", "ville;drop", "admin", "api", "master", "t", "public",
            "a23456789012345678901234567890123456789012"})
    void refusesEverythingElseWithAReason(String slug) {
        assertNotNull(Slug.problemWith(slug));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> new Slug(slug));
        assertEquals("slug", e.errors().get(0).field());
    }

    @ParameterizedTest
    @ValueSource(strings = {"ville-a", "x1", "saint-denis-93"})
    void theSchemaNameIsSafeAndDistinct(String slug) {
        String schema = new Slug(slug).schemaName();
        assertEquals("tenant_" + slug.replace('-', '_'), schema);
        assertEquals(true, schema.matches("tenant_[a-z0-9_]+") && schema.length() <= 63);
    }
}
