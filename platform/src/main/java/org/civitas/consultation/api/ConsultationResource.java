package org.civitas.consultation.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.civitas.consultation.application.ConsultationCatalog;
import org.civitas.consultation.application.ConsultationForm;
import org.civitas.consultation.domain.Attachment;
import org.civitas.consultation.domain.CatalogFilter;
import org.civitas.consultation.domain.Consultation;
import org.civitas.consultation.domain.FileInfo;
import org.civitas.consultation.domain.Timing;
import org.civitas.shared.api.UploadBody;
import org.civitas.shared.domain.FileSignature;
import org.civitas.shared.domain.InvalidInputException;
import org.civitas.tenancy.application.TenantContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The tenant's consultation catalog: read by anyone, written by staff who may edit consultations. */
@Path("api/consultations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Consultations", description = "A municipality's consultations (on its host or under /t/{slug})")
public class ConsultationResource {
    private static final String FORM = "{\"title\",\"summary\",\"description\",\"stakes\",\"procedure\",\"decidedBy\","
            + "\"tags\":[...],\"district\",\"imageAlt\",\"status\",\"version\",\"phases\":[{\"id\",\"title\",\"method\","
            + "\"startsOn\",\"endsOn\"}]}";

    @Inject
    ConsultationCatalog catalog;
    @Inject
    TenantContext tenants;

    @GET
    @Operation(summary = "Published and closed consultations, narrowed by timing (current, upcoming, closed), theme, district "
            + "and text; with scope=all, drafts too (permission edit-consultations)")
    public List<ConsultationView> list(@QueryParam("timing") String timing, @QueryParam("tag") String tag,
                                       @QueryParam("district") String district, @QueryParam("q") String q,
                                       @QueryParam("scope") String scope) {
        Map<Long, Long> images = catalog.imageIds();
        List<Consultation> found;
        if ("all".equals(scope)) {
            found = catalog.forStaff();
        } else if (scope != null) {
            throw new InvalidInputException("scope", "scope is all (drafts included, for staff) or left out.");
        } else {
            found = catalog.shown(filter(timing, tag, district, q));
        }
        return found.stream().map(c -> ConsultationView.summary(c, images.get(c.id()), catalog.today(), tenants.basePath()))
                .toList();
    }

    /** Reads the catalog's filters from a request; shared with the home page. */
    static CatalogFilter filter(String timing, String tag, String district, String q) {
        Timing when = blank(timing) ? null : Timing.named(timing);
        if (!blank(timing) && when == null) {
            throw new InvalidInputException("timing", "timing is current, upcoming or closed (got \"" + timing + "\").");
        }
        return new CatalogFilter(when, blank(tag) ? null : tag.strip(), blank(district) ? null : district.strip(),
                ConsultationCatalog.searchText(q));
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a consultation (permission edit-consultations); a draft unless status is published")
    public Response create(ConsultationForm body) {
        ConsultationView created = full(catalog.create(required(body)));
        return Response.created(URI.create("api/consultations/" + created.id())).entity(created).build();
    }

    @GET
    @Path("{id: [0-9]{1,18}}")
    @Operation(summary = "One consultation with its phases and documents (drafts only for staff)")
    public ConsultationView one(@PathParam("id") long id) {
        return full(catalog.shown(id));
    }

    @PUT
    @Path("{id: [0-9]{1,18}}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a consultation whole, with the version read (409 if changed meanwhile); a phase with its id "
            + "is kept, without id is added, left out is removed")
    public ConsultationView update(@PathParam("id") long id, ConsultationForm body) {
        return full(catalog.update(id, required(body)));
    }

    @POST
    @Path("{id: [0-9]{1,18}}/publish")
    @Operation(summary = "Show the consultation to citizens (also reopens a closed one)")
    public ConsultationView publish(@PathParam("id") long id) {
        return full(catalog.publish(id));
    }

    @POST
    @Path("{id: [0-9]{1,18}}/close")
    @Operation(summary = "Close the consultation: still shown, nobody takes part any more")
    public ConsultationView close(@PathParam("id") long id) {
        return full(catalog.close(id));
    }

    @PUT
    @Path("{id: [0-9]{1,18}}/image")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Set the image: the raw bytes of a PNG, JPEG or WebP file (at most 2 MB); its text alternative is "
            + "the consultation's imageAlt")
    public ConsultationView replaceImage(@PathParam("id") long id, InputStream body) {
        catalog.requireEditable(id); // before reading the body: strangers' uploads are not even read
        catalog.replaceImage(id, read(body, Attachment.MAX_IMAGE_BYTES));
        return full(catalog.shown(id));
    }

    @DELETE
    @Path("{id: [0-9]{1,18}}/image")
    public Response removeImage(@PathParam("id") long id) {
        catalog.removeImage(id);
        return Response.noContent().build();
    }

    @POST
    @Path("{id: [0-9]{1,18}}/documents")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Attach a document: the raw bytes, ?name=plan.pdf (its extension must match the content) and "
            + "optional &title=; PDF, images, OpenDocument, Office, CSV or text, at most 10 MB")
    public Response attach(@PathParam("id") long id, @QueryParam("name") String name, @QueryParam("title") String title,
                           InputStream body) {
        catalog.requireEditable(id);
        FileInfo file = catalog.attachDocument(id, name, title, read(body, Attachment.MAX_DOCUMENT_BYTES));
        ConsultationView view = full(catalog.shown(id));
        return Response.created(URI.create(tenants.basePath() + "/consultations/" + id + "/documents/" + file.id()))
                .entity(view).build();
    }

    @DELETE
    @Path("{id: [0-9]{1,18}}/documents/{file: [0-9]{1,18}}")
    public Response removeDocument(@PathParam("id") long id, @PathParam("file") long file) {
        catalog.removeDocument(id, file);
        return Response.noContent().build();
    }

    private ConsultationView full(Consultation c) {
        return ConsultationView.full(c, catalog.files(c.id()), catalog.today(), tenants.basePath());
    }

    private static ConsultationForm required(ConsultationForm body) {
        if (body == null) {
            throw new InvalidInputException("body", "A JSON body is required: " + FORM + ".");
        }
        return body;
    }

    /** The upload, refused when larger than allowed. */
    private static byte[] read(InputStream body, int max) {
        byte[] content = UploadBody.read(body, max);
        if (content.length > max) {
            throw new InvalidInputException("body", "The file is larger than " + FileSignature.megabytes(max)
                    + ", the most accepted here.");
        }
        return content;
    }
}
