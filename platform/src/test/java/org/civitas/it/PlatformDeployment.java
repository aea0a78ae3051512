package org.civitas.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The platform WAR exactly as built by the package phase: tests run against what ships. */
public final class PlatformDeployment {
    private PlatformDeployment() {
    }

    /** The staff console WAR (module admin-console, built before the platform). */
    public static WebArchive console() {
        File war = new File("../admin-console/target/civitas-admin-console.war");
        if (!war.isFile()) {
            throw new IllegalStateException("Build the whole project (mvn verify at the root): " + war + " is missing");
        }
        return ShrinkWrap.createFromZipFile(WebArchive.class, war);
    }

    public static WebArchive war() {
        File war = new File("target/civitas-platform.war");
        if (!war.isFile()) {
            throw new IllegalStateException("Run the integration tests through Maven (mvn verify): " + war + " is missing");
        }
        return ShrinkWrap.createFromZipFile(WebArchive.class, war);
    }
}
