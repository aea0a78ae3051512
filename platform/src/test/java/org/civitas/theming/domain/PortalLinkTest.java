package org.civitas.theming.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.civitas.shared.domain.FieldErrors;
import org.civitas.shared.domain.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PortalLinkTest {
    @ParameterizedTest
    @ValueSource(strings = {"https://www.ville.fr/contact", "http://example.org", "/contact", "/consultations/3?x=1#top"})
    void webAddressesAndPortalPathsAreTaken(String url) {
        assertNull(PortalLink.urlProblem(url));
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "JavaScript:alert(1)", "data:text/html,x", "vbscript:x", "ftp://x.org",
            "//evil.example/x", "contact", "https://", "https://user@evil.example", "/a b", "/a\\b", "mailto:a@b.fr", " "})
    void otherAddressesAreRefusedSayingWhatToUse(String url) {
        String problem = PortalLink.urlProblem(url.strip());
        assertTrue(problem != null && problem.contains("https://www.example.fr/page"), url + " -> " + problem);
    }

    @Test
    void labelsHaveOneToSixtyCharactersAndErrorsNameTheLinkAndField() {
        FieldErrors errors = new FieldErrors();
        List<PortalLink> kept = PortalLink.checked("headerLinks",
                List.of(new PortalLink(" Contact ", " /contact "), new PortalLink("", "javascript:x"), new PortalLink("x".repeat(61), "/a")), errors);
        assertEquals(new PortalLink("Contact", "/contact"), kept.get(0));
        assertTrue(errors.has("headerLinks[1].label"));
        assertTrue(errors.has("headerLinks[1].url"));
        assertTrue(errors.has("headerLinks[2].label"));
        assertFalse(errors.has("headerLinks[0].url"));
        InvalidInputException e = assertThrows(InvalidInputException.class, errors::throwIfAny);
        assertTrue(e.errors().stream().anyMatch(er -> er.message().contains("javascript:")), e.errors().toString());
    }

    @Test
    void atMostEightLinks() {
        List<PortalLink> nine = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            nine.add(new PortalLink("L" + i, "/p" + i));
        }
        FieldErrors errors = new FieldErrors();
        PortalLink.checked("footerLinks", nine, errors);
        assertTrue(errors.has("footerLinks"));
    }
}
