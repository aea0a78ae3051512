package org.civitas.theming.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Browser libraries shipped in the WAR as WebJars (org.webjars.npm), served at {@code <base>/assets/lib/<name>/<version>/
 * <file>} from their {@code dist/} folder: the version is in the address, so browsers keep each file for a year. Only
 * the libraries named here are served.
 */
@ApplicationScoped
public class WebJarLibraries {
    /** The libraries pages may load. */
    public static final java.util.Set<String> ALLOWED = java.util.Set.of("leaflet");
    private static final Pattern FILE = Pattern.compile("[a-z0-9][a-z0-9._-]{0,80}(/[a-z0-9][a-z0-9._-]{0,80}){0,2}");

    private final Map<String, String> versions = new ConcurrentHashMap<>();

    /** The version of the library in the WAR (from its WebJar's pom.properties). */
    public String version(String name) {
        if (!ALLOWED.contains(name)) {
            throw new IllegalArgumentException("Not a served library: " + name);
        }
        return versions.computeIfAbsent(name, n -> {
            try (InputStream in = resource("META-INF/maven/org.webjars.npm/" + n + "/pom.properties")) {
                if (in == null) {
                    throw new IllegalStateException("The WebJar of " + n + " is not in the WAR");
                }
                Properties p = new Properties();
                p.load(in);
                return p.getProperty("version");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** {@code <base>/assets/lib/<name>/<version>} for templates. */
    public String baseUrl(String base, String name) {
        return base + "/assets/lib/" + name + "/" + version(name);
    }

    /** The file of the library's dist folder, when name, version and file are one it serves. */
    public Optional<InputStream> file(String name, String version, String file) {
        if (!ALLOWED.contains(name) || !version(name).equals(version) || !FILE.matcher(file).matches()
                || file.contains("..")) {
            return Optional.empty();
        }
        return Optional.ofNullable(resource("META-INF/resources/webjars/" + name + "/" + version + "/dist/" + file));
    }

    private static InputStream resource(String path) {
        return WebJarLibraries.class.getClassLoader().getResourceAsStream(path);
    }
}
