package org.civitas.consultation.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.civitas.consultation.application.ConsultationCatalog;
import org.civitas.portal.api.PortalPages;
import org.civitas.consultation.domain.CatalogFilter;
import org.civitas.consultation.domain.Timing;

/** The portal's home page: the municipality's consultations, under way, coming and over, with a search and filters. */
@Path("")
@RequestScoped
public class PortalHomePage {
    @Inject
    ConsultationCatalog catalog;
    @Inject
    PortalPages pages;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response home(@QueryParam("tag") String tag, @QueryParam("district") String district, @QueryParam("q") String q) {
        CatalogFilter filter = ConsultationResource.filter(null, tag, district, q);
        Map<Long, Long> images = catalog.imageIds();
        LocalDate today = catalog.today();
        String base = pages.base();
        List<ConsultationView> found = catalog.shown(filter).stream()
                .map(c -> ConsultationView.summary(c, images.get(c.id()), today, base)).toList();
        Map<String, Object> model = new HashMap<>();
        for (Timing timing : Timing.values()) {
            model.put(timing.key(), found.stream().filter(c -> c.timing().equals(timing.key())).toList());
        }
        model.put("facets", catalog.facets());
        model.put("filter", filter);
        model.put("filtered", !filter.isEmpty());
        model.put("found", found.size());
        return pages.page("home", "/", model);
    }
}
