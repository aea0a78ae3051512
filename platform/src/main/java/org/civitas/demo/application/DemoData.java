package org.civitas.demo.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import org.civitas.consultation.application.ConsultationCatalog;
import org.civitas.consultation.domain.Consultation;
import org.civitas.consultation.domain.ConsultationStatus;
import org.civitas.consultation.domain.ParticipationMethod;
import org.civitas.consultation.domain.Phase;
import org.civitas.identity.domain.IdentityServer;
import org.civitas.participation.domain.DebateDesign;
import org.civitas.participation.domain.DebateRepository;
import org.civitas.participation.domain.InformationRepository;
import org.civitas.tenancy.application.NewTenant;
import org.civitas.tenancy.application.TenantLifecycle;
import org.civitas.tenancy.application.TenantOnboarding;
import org.civitas.tenancy.application.TenantSchemasChecked;
import org.civitas.tenancy.application.TenantWork;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The demo municipalities of ops/run.sh ({@code civitas.demo.enabled=true}): ville-a and ville-b with a few
 * published consultations. Idempotent: what exists is left alone.
 */
@ApplicationScoped
public class DemoData {
    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    @Inject
    @ConfigProperty(name = "civitas.demo.enabled", defaultValue = "false")
    boolean enabled;
    @Inject
    TenantOnboarding onboarding;
    @Inject
    TenantLifecycle lifecycle;
    @Inject
    TenantWork work;
    @Inject
    ConsultationCatalog catalog;
    @Inject
    IdentityServer identity;

    void afterTenantSchemas(@Observes TenantSchemasChecked checked) {
        if (!enabled) {
            return;
        }
        ensure("ville-a", "Ville A", "ville-a.localhost", "marine", List.of(
                new Demo("Réaménagement de la place du Marché", "Comment voulez-vous que la place du Marché soit réaménagée ?",
                        ParticipationMethod.SURVEY, List.of("Aménagement", "Commerce"), "Centre-ville", 0),
                new Demo("Budget participatif 2027", "500 000 € pour des projets proposés et choisis par les habitants.",
                        ParticipationMethod.BUDGET, List.of("Budget"), null, 0),
                new Demo("Plan local de mobilité", "Les futurs trajets de bus et les zones apaisées, présentés puis débattus.",
                        ParticipationMethod.DEBATE, List.of("Mobilité"), "Port", 21),
                new Demo("Nom de la nouvelle médiathèque", "Les habitants ont proposé puis choisi le nom de la médiathèque.",
                        ParticipationMethod.IDEAS, List.of("Culture"), "Port", -60)));
        ensure("ville-b", "Ville B", "ville-b.localhost", "bocage", List.of(
                new Demo("Pistes cyclables : signalez les points noirs", "Placez sur la carte les endroits dangereux pour les vélos.",
                        ParticipationMethod.MAP, List.of("Mobilité", "Sécurité"), null, 0),
                new Demo("Quel avenir pour l'ancienne gare ?", "Proposez et soutenez des idées pour le bâtiment de l'ancienne gare.",
                        ParticipationMethod.IDEAS, List.of("Patrimoine"), "Quartier de la gare", 0),
                new Demo("Horaires de la piscine", "Questionnaire sur les horaires d'ouverture de la piscine municipale.",
                        ParticipationMethod.SURVEY, List.of("Sport"), null, -45)));
    }

    /** The demo logins of INTERFACES.md: password = user name; citizens get the realm's default role. */
    private static final String[][] DEMO_USERS = {
            {"admin", "tenant-admin"}, {"agent", "agent"}, {"moderator", "moderator"}, {"citizen1", null}, {"citizen2", null}};

    /** @param shiftDays when its timeline starts relative to today's participation phase (0: under way now) */
    private record Demo(String title, String summary, ParticipationMethod method, List<String> tags, String district,
                        int shiftDays) {
    }

    private void ensure(String slug, String name, String host, String theme, List<Demo> demos) {
        try {
            boolean exists = lifecycle.all().stream().anyMatch(t -> t.slug().value().equals(slug));
            if (!exists) {
                onboarding.onboard(new NewTenant(slug, name, List.of(host), List.of("fr", "en"), "admin@" + host, theme));
            } else {
                onboarding.refreshRealm(slug); // a realm from an earlier run gets today's login theme
            }
            work.call(slug, () -> {
                if (catalog.count() == 0) {
                    LocalDate today = LocalDate.now(ZoneOffset.UTC);
                    for (Demo demo : demos) {
                        Consultation c = new Consultation(demo.title(), demo.summary(), ConsultationStatus.PUBLISHED,
                                OffsetDateTime.now(ZoneOffset.UTC));
                        c.describe(demo.summary() + "\n\nLes contributions sont lues par les services de la commune, "
                                        + "et **chacune reçoit une réponse** :\n\n- publiée sur cette page ;\n"
                                        + "- envoyée par courriel à son auteur.",
                                "Un projet qui change le quotidien du quartier pour plusieurs années.",
                                "Une phase d'information, puis une phase de participation en ligne et en mairie.",
                                "Le conseil municipal, au vu du bilan de la participation publié sur cette page.");
                        c.classify(demo.tags(), demo.district());
                        LocalDate start = today.plusDays(demo.shiftDays());
                        c.addPhase("Information", ParticipationMethod.INFORMATION, start.minusDays(14), start.minusDays(1));
                        c.addPhase("Participation", demo.method(), start, start.plusDays(30));
                        seedPhaseContent(catalog.add(c));
                    }
                }
                return null;
            });
            String realm = lifecycle.get(slug).identityRealm();
            for (String[] user : DEMO_USERS) {
                identity.createUser(realm, user[0], user[0] + "@" + host, user[0],
                        user[1] == null ? Set.of() : Set.of(user[1]));
            }
            LOG.info(() -> "Demo municipality " + slug + " ready at http://" + host + ":9080/ and /t/" + slug + "/");
        } catch (RuntimeException e) {
            LOG.warning(() -> "Demo municipality " + slug + " could not be prepared: " + e.getMessage());
        }
    }

    // --- debate and information methods: what their demo phases say (trusted work: no caller to check) ---
    @Inject
    DebateRepository debates;
    @Inject
    InformationRepository information;

    private void seedPhaseContent(Consultation c) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        for (Phase phase : c.phases()) {
            if (phase.method().equals("information")) {
                information.saveContent(phase.id(), "## Ce qu'il faut savoir\n\n" + c.summary() + "\n\n"
                        + "Pendant cette étape, la commune présente le projet : lisez les documents de la consultation et venez "
                        + "aux réunions publiques.\n\n- **Réunion publique** : salle du conseil, à 18 h 30 ;\n"
                        + "- **Permanence** : en mairie, le samedi matin.\n\nLa participation ouvre à l'étape suivante.", now);
            } else if (phase.method().equals("debate")) {
                debates.saveDebate(phase.id(), DebateDesign.checked(
                        "Faut-il réserver la rue du Port aux piétons et aux vélos le week-end ?",
                        "Le plan de mobilité propose de fermer la rue du Port aux voitures **le samedi et le dimanche**, "
                                + "de 10 h à 19 h.\n\n- Les bus 3 et 7 seraient déviés par le quai ;\n"
                                + "- les livraisons resteraient possibles avant 10 h.\n\nDonnez vos arguments pour ou "
                                + "contre, et dites si vous êtes d'accord avec ceux des autres."), now);
            }
        }
    }
}
