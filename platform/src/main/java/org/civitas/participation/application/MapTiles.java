package org.civitas.participation.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.civitas.participation.domain.TileServer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The map tile server of this deployment ({@code civitas.map.tile-url}, {@code civitas.map.tile-attribution}; env
 * {@code CIVITAS_MAP_TILE_URL}, {@code CIVITAS_MAP_TILE_ATTRIBUTION}). Unset by default: machines without internet
 * show maps as a plain background with the pins.
 */
@ApplicationScoped
public class MapTiles {
    private static final Logger LOG = Logger.getLogger(MapTiles.class.getName());

    @Inject
    @ConfigProperty(name = "civitas.map.tile-url", defaultValue = " ")
    String url;
    @Inject
    @ConfigProperty(name = "civitas.map.tile-attribution", defaultValue = " ")
    String attribution;

    private TileServer server;

    @PostConstruct
    void read() {
        server = TileServer.of(url, attribution);
        if (!url.isBlank() && !server.configured()) {
            LOG.warning(() -> "civitas.map.tile-url is not an http(s) URL template; maps are shown without tiles: " + url);
        }
    }

    public TileServer server() {
        return server;
    }
}
