package org.civitas.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** Tests that need the staff console beside the platform: both deployed (Arquillian finds them on this superclass). */
abstract class PlatformAndConsoleCase {
    @Deployment(name = "platform", order = 1, testable = false)
    static WebArchive platform() {
        return PlatformDeployment.war();
    }

    @Deployment(name = "console", order = 2, testable = false)
    static WebArchive console() {
        return PlatformDeployment.console();
    }
}
