package org.civitas.theming.persistence;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.StringReader;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.civitas.shared.persistence.TenantData;
import org.civitas.theming.domain.BrandingEdition;
import org.civitas.theming.domain.BrandingRepository;
import org.civitas.theming.domain.LogoImage;
import org.civitas.theming.domain.PortalLink;

/** Branding editions and logos in the current tenant's schema. */
@RequestScoped
public class JpaBrandingRepository implements BrandingRepository {
    @Inject
    @TenantData
    EntityManager em;

    @Override
    public Optional<BrandingEdition> find(BrandingEdition.Stage stage) {
        return Optional.ofNullable(em.find(BrandingEditionRow.class, stage.name())).map(JpaBrandingRepository::edition);
    }

    @Override
    @Transactional
    public void save(Map<BrandingEdition.Stage, BrandingEdition> editions, LogoImage newLogo) {
        join();
        if (newLogo != null && em.find(BrandingLogoRow.class, newLogo.hash()) == null) {
            BrandingLogoRow row = new BrandingLogoRow();
            row.hash = newLogo.hash();
            row.mediaType = newLogo.mediaType();
            row.content = newLogo.content();
            em.persist(row);
            em.flush(); // the edition's foreign key needs the logo first
        }
        editions.forEach(this::write);
        removeUnusedLogos();
    }

    @Override
    @Transactional
    public void publishDraft() {
        join();
        Optional<BrandingEdition> draft = find(BrandingEdition.Stage.DRAFT);
        em.clear(); // the draft's row is replaced by a query below: nothing of it stays managed
        if (draft.isPresent()) {
            write(BrandingEdition.Stage.PUBLISHED, draft.get());
            remove(BrandingEdition.Stage.DRAFT);
            removeUnusedLogos();
        }
    }

    @Override
    @Transactional
    public void discardDraft() {
        join();
        remove(BrandingEdition.Stage.DRAFT);
        removeUnusedLogos();
    }

    @Override
    public Optional<LogoImage> logo(String hash) {
        return Optional.ofNullable(em.find(BrandingLogoRow.class, hash)).map(r -> new LogoImage(r.mediaType, r.content));
    }

    /**
     * Joins the request's transaction with nothing managed from before: rows read outside it (for the page or the
     * checks) must not be the ones changed, or the change would not be written.
     */
    private void join() {
        em.joinTransaction();
        em.clear();
    }

    /**
     * Replaces a stage's row: deleted by a query, then inserted whole. (Assigning the fields of a row read earlier
     * would bypass EclipseLink's woven change tracking, and the update would silently not be written.)
     */
    private void write(BrandingEdition.Stage stage, BrandingEdition edition) {
        remove(stage);
        BrandingEditionRow row = new BrandingEditionRow();
        row.stage = stage.name();
        row.tokens = toJson(edition.tokens());
        row.logoHash = edition.logoHash();
        row.logoType = edition.logoType();
        row.headerLinks = toJson(edition.headerLinks());
        row.footerLinks = toJson(edition.footerLinks());
        row.languages = String.join(",", edition.languages());
        row.customCss = edition.customCss();
        row.updatedAt = OffsetDateTime.now();
        em.persist(row);
        em.flush();
    }

    private void remove(BrandingEdition.Stage stage) {
        em.createQuery("delete from BrandingEditionRow e where e.stage = :stage").setParameter("stage", stage.name()).executeUpdate();
    }

    private void removeUnusedLogos() {
        em.createQuery("delete from BrandingLogoRow l where l.hash not in "
                + "(select e.logoHash from BrandingEditionRow e where e.logoHash is not null)").executeUpdate();
    }

    private static BrandingEdition edition(BrandingEditionRow row) {
        Map<String, String> tokens = new TreeMap<>();
        read(row.tokens).asJsonObject().forEach((k, v) -> tokens.put(k, ((JsonString) v).getString()));
        List<String> languages = row.languages.isBlank() ? List.of() : Arrays.asList(row.languages.split(","));
        return new BrandingEdition(tokens, row.logoHash, row.logoType, links(row.headerLinks), links(row.footerLinks),
                languages, row.customCss);
    }

    private static List<PortalLink> links(String json) {
        return read(json).asJsonArray().stream().map(JsonValue::asJsonObject)
                .map(o -> new PortalLink(o.getString("label"), o.getString("url"))).toList();
    }

    private static JsonValue read(String json) {
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.readValue();
        }
    }

    private static String toJson(Map<String, String> map) {
        JsonObjectBuilder object = Json.createObjectBuilder();
        map.forEach(object::add);
        return object.build().toString();
    }

    private static String toJson(List<PortalLink> links) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        links.forEach(l -> array.add(Json.createObjectBuilder().add("label", l.label()).add("url", l.url())));
        return array.build().toString();
    }
}
