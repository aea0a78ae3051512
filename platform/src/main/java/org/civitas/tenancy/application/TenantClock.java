package org.civitas.tenancy.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The municipality's calendar: phases are dated in local days, so "today" is the day in the municipality's time zone,
 * not the server's. Every tenant uses {@code civitas.default-time-zone} (Europe/Paris) until the directory records a
 * zone per tenant; callers already ask here, so that change stays in this class.
 */
@ApplicationScoped
public class TenantClock {
    @Inject
    @ConfigProperty(name = "civitas.default-time-zone", defaultValue = "Europe/Paris")
    String defaultTimeZone;

    private ZoneId zone;

    /** The time zone the municipality's days are counted in. */
    public ZoneId zone() {
        if (zone == null) {
            try {
                zone = ZoneId.of(defaultTimeZone);
            } catch (DateTimeException e) {
                throw new IllegalStateException("civitas.default-time-zone is not a time zone id: " + defaultTimeZone, e);
            }
        }
        return zone;
    }

    /** Today, in the municipality. */
    public LocalDate today() {
        return LocalDate.now(zone());
    }

    /** The instant now, stored in UTC like every timestamp. */
    public OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
