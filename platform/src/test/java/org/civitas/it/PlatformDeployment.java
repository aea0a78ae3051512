package org.civitas.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The platform WAR exactly as built by the package phase: tests run against what ships. */
public final class PlatformDeployment {
    private PlatformDeployment() {
    }

    public static WebArchive war() {
        File war = new File("target/civitas-platform.war");
        if (!war.isFile()) {
            throw new IllegalStateException("Run the integration tests through Maven (mvn verify): " + war + " is missing");
        }
        return ShrinkWrap.createFromZipFile(WebArchive.class, war);
    }
}
