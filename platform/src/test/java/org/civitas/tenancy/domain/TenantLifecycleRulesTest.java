package org.civitas.tenancy.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.util.List;
import org.civitas.shared.domain.ConflictException;
import org.junit.jupiter.api.Test;

class TenantLifecycleRulesTest {
    private static final OffsetDateTime NOW = OffsetDateTime.parse("2026-11-26T10:00:00Z");

    private static Tenant active() {
        Tenant t = Tenant.provisioning(new Slug("ville-a"), "Ville A", List.of("ville-a.fr", "www.ville-a.fr"),
                List.of("fr", "en"), "base", "admin@ville-a.fr", NOW);
        t.activate(NOW);
        return t;
    }

    @Test
    void onboardingStartsProvisioningWithTheFirstHostPrimary() {
        Tenant t = Tenant.provisioning(new Slug("ville-a"), "Ville A", List.of("ville-a.fr", "www.ville-a.fr"),
                List.of("fr", "en"), "base", "admin@ville-a.fr", NOW);
        assertEquals(TenantStatus.PROVISIONING, t.status());
        assertEquals("ville-a.fr", t.primaryHost());
        assertEquals("tenant_ville_a", t.schemaName());
        assertEquals(List.of("fr", "en"), t.locales());
    }

    @Test
    void anActiveTenantCanBeSuspendedReactivatedAndArchived() {
        Tenant t = active();
        t.changeStatus(TenantStatus.SUSPENDED, "unpaid", NOW);
        assertEquals(TenantStatus.SUSPENDED, t.status());
        assertEquals("unpaid", t.statusReason());
        t.changeStatus(TenantStatus.ACTIVE, null, NOW);
        t.changeStatus(TenantStatus.ARCHIVED, null, NOW);
        assertEquals(TenantStatus.ARCHIVED, t.status());
    }

    @Test
    void provisioningAndFailedAreNotOperatorChoices() {
        Tenant t = active();
        ConflictException e = assertThrows(ConflictException.class, () -> t.changeStatus(TenantStatus.PROVISIONING, null, NOW));
        assertTrue(e.getMessage().contains("allowed"), e.getMessage());
        assertThrows(ConflictException.class, () -> t.changeStatus(TenantStatus.FAILED, null, NOW));
        Tenant failed = active();
        failed.fail("Step 'schema' failed", NOW);
        assertThrows(ConflictException.class, () -> failed.changeStatus(TenantStatus.ACTIVE, null, NOW));
    }

    @Test
    void onlyActiveSuspendedAndArchivedTenantsArePublic() {
        assertTrue(TenantStatus.ACTIVE.isPublic() && TenantStatus.SUSPENDED.isPublic() && TenantStatus.ARCHIVED.isPublic());
        assertTrue(!TenantStatus.PROVISIONING.isPublic() && !TenantStatus.FAILED.isPublic());
    }
}
