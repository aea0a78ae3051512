package org.civitas.demo.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Logger;
import org.civitas.consultation.application.ConsultationCatalog;
import org.civitas.consultation.domain.Consultation;
import org.civitas.consultation.domain.ParticipationMethod;
import org.civitas.consultation.domain.Phase;
import org.civitas.identity.application.CallerContext;
import org.civitas.identity.domain.BuiltInRole;
import org.civitas.identity.domain.Caller;
import org.civitas.participation.application.Budgets;
import org.civitas.participation.application.Debates;
import org.civitas.participation.application.Maps;
import org.civitas.participation.application.PhaseInformation;
import org.civitas.participation.application.Surveys;
import org.civitas.participation.domain.MapCategory;
import org.civitas.participation.domain.BudgetProject;
import org.civitas.participation.domain.Condition;
import org.civitas.participation.domain.Option;
import org.civitas.participation.domain.Question;
import org.civitas.shared.domain.NotFoundException;

/**
 * Gives the demo consultations something to take part in (survey questions, a budget with its projects, a map, a debate's question, what information phases say). It goes
 * through the same application services as staff do, signed in as a demo tenant admin, so the demo obeys the rules a
 * real municipality would. Idempotent: a phase that already has its content is left alone.
 */
@ApplicationScoped
public class DemoParticipation {
    private static final Logger LOG = Logger.getLogger(DemoParticipation.class.getName());
    private static final Caller DEMO_STAFF = new Caller("civitas-demo", "civitas-demo", null, "Civitas demo",
            Set.of(BuiltInRole.TENANT_ADMIN.roleName()), null);

    @Inject
    CallerContext callers;
    @Inject
    ConsultationCatalog catalog;
    @Inject
    Surveys surveys;
    @Inject
    Budgets budgets;
    @Inject
    Maps maps;
    @Inject
    Debates debates;
    @Inject
    PhaseInformation information;

    /** Runs inside {@code TenantWork.call}: the request context, and so the caller, are this work's own. */
    void prepare() {
        callers.authenticate(DEMO_STAFF);
        for (Consultation consultation : catalog.forStaff()) {
            for (Phase phase : consultation.phases()) {
                try {
                    prepare(consultation, phase);
                } catch (RuntimeException e) {
                    LOG.warning(() -> "Demo phase " + phase.id() + " of '" + consultation.title() + "' not prepared: "
                            + e.getMessage());
                }
            }
        }
    }

    private void prepare(Consultation consultation, Phase phase) {
        long consultationId = consultation.id();
        switch (ParticipationMethod.valueOf(phase.method().toUpperCase(Locale.ROOT))) {
            case SURVEY -> {
                if (lacks(() -> surveys.questions(consultationId, phase.id()))) {
                    surveys.define(consultationId, phase.id(), SURVEY);
                }
            }
            case BUDGET -> {
                if (lacks(() -> budgets.budget(consultationId, phase.id()))) {
                    budgets.define(consultationId, phase.id(), BUDGET);
                }
            }
            case MAP -> {
                if (lacks(() -> maps.map(consultationId, phase.id()))) {
                    maps.define(consultationId, phase.id(), MAP);
                }
            }
            case DEBATE -> {
                if (lacks(() -> debates.debate(consultationId, phase.id()))) {
                    debates.define(consultationId, phase.id(), DEBATE_QUESTION, DEBATE_CONTEXT);
                }
            }
            case INFORMATION -> {
                if (lacks(() -> information.content(consultationId, phase.id()))) {
                    information.write(consultationId, phase.id(), "## Ce qu'il faut savoir\n\n" + consultation.summary()
                            + "\n\nPendant cette étape, la commune présente le projet : lisez les documents de la consultation "
                            + "et venez aux réunions publiques.\n\n- **Réunion publique** : salle du conseil, à 18 h 30 ;\n"
                            + "- **Permanence** : en mairie, le samedi matin.\n\nLa participation ouvre à l'étape suivante.");
                }
            }
            default -> {
            }
        }
    }

    private static boolean lacks(Runnable read) {
        try {
            read.run();
            return false;
        } catch (NotFoundException absent) {
            return true;
        }
    }

    private static final List<Question> SURVEY = List.of(
            new Question("frequence", "single-choice", "À quelle fréquence venez-vous ?", null, true, List.of(
                    new Option("chaque-jour", "Chaque jour"), new Option("chaque-semaine", "Chaque semaine"),
                    new Option("rarement", "Rarement")), false, null, null, null, null, null, null),
            new Question("priorites", "multiple-choice", "Qu'est-ce qui compte le plus pour vous ?",
                    "Deux choix au plus.", true, List.of(new Option("ombre", "De l'ombre et des arbres"),
                    new Option("bancs", "Des bancs"), new Option("jeux", "Des jeux pour enfants"),
                    new Option("terrasses", "Des terrasses")), true, 2, null, null, null, null, null),
            new Question("satisfaction", "scale", "Êtes-vous satisfait de la situation actuelle ?", null, true, null,
                    false, null, BigDecimal.ONE, BigDecimal.valueOf(5), "Pas du tout", "Tout à fait", null),
            new Question("pourquoi", "long-text", "Qu'est-ce qui vous manque ?", null, false, null, false, null, null,
                    null, null, null, new Condition("frequence", "rarement")),
            new Question("idee", "short-text", "Une idée à nous souffler ?", null, false, null, false, null, null,
                    null, null, null, null));

    private static final Budgets.Design BUDGET = new Budgets.Design(500_000L, 1, 4, null, List.of(
            new BudgetProject(null, "Jardins partagés au pied des immeubles",
                    "Six parcelles cultivées par les habitants, avec récupérateurs d'eau.", 120_000L, "Port"),
            new BudgetProject(null, "Éclairage solaire du chemin de halage",
                    "Quarante lampadaires autonomes pour rentrer à pied en sécurité.", 180_000L, null),
            new BudgetProject(null, "Aire de jeux inclusive",
                    "Des jeux accessibles aux enfants en fauteuil, au parc des Tilleuls.", 210_000L, "Centre-ville"),
            new BudgetProject(null, "Boîtes à livres", "Dix boîtes à livres dans les quartiers.", 15_000L, null),
            new BudgetProject(null, "Abri vélos sécurisé à la gare",
                    "Cent places couvertes et fermées, accessibles avec la carte de transport.", 95_000L,
                    "Quartier de la gare")));

    /** The demo district's map (a made-up district on a real town's coordinates) and what citizens report on it. */
    private static final Maps.Design MAP = new Maps.Design(47.2184, -1.5536, 14, true, 47.19, -1.60, 47.25, -1.50,
            List.of(new MapCategory(null, "Carrefour dangereux", "#b3261e"),
                    new MapCategory(null, "Piste cyclable interrompue", "#1f5fa8"),
                    new MapCategory(null, "Stationnement vélo manquant", "#2e7d32")));

    private static final String DEBATE_QUESTION = "Faut-il réserver la rue du Port aux piétons et aux vélos le week-end ?";
    private static final String DEBATE_CONTEXT = "Le plan de mobilité propose de fermer la rue du Port aux voitures "
            + "**le samedi et le dimanche**, de 10 h à 19 h.\n\n- Les bus 3 et 7 seraient déviés par le quai ;\n"
            + "- les livraisons resteraient possibles avant 10 h.\n\nDonnez vos arguments pour ou contre, et dites si "
            + "vous êtes d'accord avec ceux des autres.";
}
