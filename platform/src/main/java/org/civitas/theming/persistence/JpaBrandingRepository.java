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
    public void save(BrandingEdition.Stage stage, BrandingEdition edition) {
        em.joinTransaction();
        write(stage, edition);
        removeUnusedLogos();
    }

    @Override
    @Transactional
    public void save(BrandingEdition.Stage stage, BrandingEdition edition, LogoImage logo) {
        em.joinTransaction();
        if (em.find(BrandingLogoRow.class, logo.hash()) == null) {
            BrandingLogoRow row = new BrandingLogoRow();
            row.hash = logo.hash();
            row.mediaType = logo.mediaType();
            row.content = logo.content();
            em.persist(row);
            em.flush(); // the edition's foreign key needs the logo first
        }
        write(stage, edition);
        removeUnusedLogos();
    }

    @Override
    @Transactional
    public void publishDraft() {
        em.joinTransaction();
        Optional<BrandingEdition> draft = find(BrandingEdition.Stage.DRAFT);
        if (draft.isPresent()) {
            write(BrandingEdition.Stage.PUBLISHED, draft.get());
            remove(BrandingEdition.Stage.DRAFT);
            removeUnusedLogos();
        }
    }

    @Override
    @Transactional
    public void discardDraft() {
        em.joinTransaction();
        remove(BrandingEdition.Stage.DRAFT);
        removeUnusedLogos();
    }

    @Override
    public Optional<LogoImage> logo(String hash) {
        return Optional.ofNullable(em.find(BrandingLogoRow.class, hash)).map(r -> new LogoImage(r.mediaType, r.content));
    }

    private void write(BrandingEdition.Stage stage, BrandingEdition edition) {
        BrandingEditionRow row = em.find(BrandingEditionRow.class, stage.name());
        boolean isNew = row == null;
        if (isNew) {
            row = new BrandingEditionRow();
            row.stage = stage.name();
        }
        row.tokens = toJson(edition.tokens());
        row.logoHash = edition.logoHash();
        row.logoType = edition.logoType();
        row.headerLinks = toJson(edition.headerLinks());
        row.footerLinks = toJson(edition.footerLinks());
        row.languages = String.join(",", edition.languages());
        row.customCss = edition.customCss();
        row.updatedAt = OffsetDateTime.now();
        if (isNew) {
            em.persist(row);
        }
        em.flush();
    }

    private void remove(BrandingEdition.Stage stage) {
        BrandingEditionRow row = em.find(BrandingEditionRow.class, stage.name());
        if (row != null) {
            em.remove(row);
            em.flush();
        }
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
