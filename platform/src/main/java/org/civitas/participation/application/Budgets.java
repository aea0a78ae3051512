package org.civitas.participation.application;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.civitas.consultation.domain.ParticipationMethod;
import org.civitas.identity.application.AccessPolicy;
import org.civitas.identity.application.CallerContext;
import org.civitas.identity.domain.Permission;
import org.civitas.participation.application.ParticipationPhases.LocatedPhase;
import org.civitas.participation.domain.Ballot;
import org.civitas.participation.domain.Budget;
import org.civitas.participation.domain.BudgetDesign;
import org.civitas.participation.domain.BudgetProject;
import org.civitas.participation.domain.BudgetRepository;
import org.civitas.participation.domain.BudgetResults;
import org.civitas.participation.domain.Channel;
import org.civitas.participation.domain.Recording;
import org.civitas.shared.domain.ConflictException;
import org.civitas.shared.domain.FieldErrors;
import org.civitas.shared.domain.NotFoundException;
import org.civitas.tenancy.application.TenantClock;

/**
 * The budget method (participatory budgeting): staff set a budget phase's envelope, rules and projects, signed-in
 * citizens cast one ballot while the phase is open (final: no replacement, no withdrawal, as on a paper ballot), and
 * staff read the results.
 *
 * <p>As in {@link Surveys}, checks run before any transaction and each change is one transactional repository call,
 * so a refusal never crosses a transaction boundary; a second cast is refused after the insert that stored nothing.
 */
@RequestScoped
public class Budgets {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd 'at' HH:mm");

    @Inject
    ParticipationPhases phases;
    @Inject
    BudgetRepository repository;
    @Inject
    AccessPolicy access;
    @Inject
    CallerContext callers;
    @Inject
    TenantClock clock;

    /** A budget phase with its budget, as a reader sees it; {@code upcoming}: not open yet, but it will be. */
    public record PhaseBudget(LocatedPhase located, Budget budget, boolean open, boolean upcoming) {
    }

    /** What staff send: amounts in whole euros; null rules take their defaults (see {@link BudgetDesign#checked}). */
    public record Design(Long total, Integer minProjects, Integer maxProjects, Integer minSpendPercent,
                         List<BudgetProject> projects) {
    }

    /** The budget of a budget phase (anyone who sees the consultation); 404 until staff set it. */
    public PhaseBudget budget(long consultationId, long phaseId) {
        LocatedPhase located = phases.locateUsing(consultationId, phaseId, ParticipationMethod.BUDGET);
        return new PhaseBudget(located, budgetOf(located), phases.isOpen(located), phases.isUpcoming(located));
    }

    /** Staff (edit-consultations) set or change the budget; once ballots exist, only the projects' wording. */
    public PhaseBudget define(long consultationId, long phaseId, Design design) {
        access.require(Permission.EDIT_CONSULTATIONS);
        LocatedPhase located = phases.configurableUsing(consultationId, phaseId, ParticipationMethod.BUDGET);
        Optional<Budget> current = repository.budget(phaseId);
        Set<Long> knownIds = current.map(b -> b.projects().stream().map(BudgetProject::id).collect(Collectors.toSet()))
                .orElse(Set.of());
        Budget next = BudgetDesign.checked(design.total(), design.minProjects(), design.maxProjects(),
                design.minSpendPercent(), design.projects(), knownIds);
        long ballots = repository.ballotCount(phaseId);
        if (ballots > 0) {
            List<String> refused = BudgetDesign.changesRefusedOnceVoted(current.orElseThrow(), next);
            if (!refused.isEmpty()) {
                throw new ConflictException("This budget already has " + ballots + " ballot(s), cast on its current "
                        + "envelope, rules and projects: " + String.join("; ", refused) + ". You may still fix the "
                        + "projects' titles, descriptions and districts.");
            }
        }
        repository.saveBudget(phaseId, next, clock.now());
        return new PhaseBudget(located, budgetOf(located), phases.isOpen(located), phases.isUpcoming(located));
    }

    /** Casts the caller's ballot, once, while the phase is open; 409 with its date when they already voted. */
    public Ballot cast(long consultationId, long phaseId, List<Long> projectIds) {
        access.require(Permission.PARTICIPATE);
        LocatedPhase located = phases.locateUsing(consultationId, phaseId, ParticipationMethod.BUDGET);
        phases.requireOpen(located);
        String citizen = callers.caller().subject();
        repository.ballot(phaseId, citizen).ifPresent(this::refuseSecondBallot);
        List<Long> chosen = budgetOf(located).accept(projectIds).stream().map(BudgetProject::id).toList();
        if (!repository.castBallot(new Ballot(phaseId, citizen, chosen, Channel.ONLINE, clock.now()))) {
            repository.ballot(phaseId, citizen).ifPresent(this::refuseSecondBallot);
            throw new IllegalStateException("A ballot was neither stored nor found for phase " + phaseId + ".");
        }
        return repository.ballot(phaseId, citizen).orElseThrow();
    }

    /**
     * An agent (record-contributions) records a ballot received on paper, by phone or at the counter while the phase was
     * open (see {@link ParticipationPhases#recordable}); checked against the budget's rules like a citizen's. Any number may be recorded: they have no author account.
     * Returns its id.
     */
    public long record(long consultationId, long phaseId, ParticipationPhases.OffLineReceipt receipt, List<Long> projectIds) {
        access.require(Permission.RECORD_CONTRIBUTIONS);
        LocatedPhase located = phases.locateUsing(consultationId, phaseId, ParticipationMethod.BUDGET);
        FieldErrors errors = new FieldErrors();
        List<Long> chosen = budgetOf(located).accept(errors, projectIds).stream().map(BudgetProject::id).toList();
        Recording recording = phases.recordable(located, receipt, callers.caller().subject(), errors);
        return repository.recordBallot(new Ballot(phaseId, null, chosen, recording.channel(), clock.now()), recording);
    }

    private void refuseSecondBallot(Ballot existing) {
        throw new ConflictException("You already voted on " + existing.castAt().atZoneSameInstant(clock.zone()).format(WHEN)
                + ": a ballot is final and counts once.");
    }

    /** The caller's ballot; 404 when they have not voted. */
    public Ballot myBallot(long consultationId, long phaseId) {
        access.require(Permission.PARTICIPATE);
        phases.locateUsing(consultationId, phaseId, ParticipationMethod.BUDGET);
        return repository.ballot(phaseId, callers.caller().subject())
                .orElseThrow(() -> new NotFoundException("You have not voted on this budget."));
    }

    /** The caller's ballot if they are signed in and have one (for pages). */
    public Optional<Ballot> callersBallot(long consultationId, long phaseId) {
        if (!callers.caller().isAuthenticated()) {
            return Optional.empty();
        }
        phases.locateUsing(consultationId, phaseId, ParticipationMethod.BUDGET);
        return repository.ballot(phaseId, callers.caller().subject());
    }

    /** Votes and share of the ballots per project, most chosen first (see-analysis or edit-consultations). */
    public BudgetResults results(long consultationId, long phaseId) {
        access.requireAny(Permission.SEE_ANALYSIS, Permission.EDIT_CONSULTATIONS);
        LocatedPhase located = phases.locateUsing(consultationId, phaseId, ParticipationMethod.BUDGET);
        return BudgetResults.of(budgetOf(located), repository.ballotCount(phaseId), repository.votesPerProject(phaseId));
    }

    private Budget budgetOf(LocatedPhase located) {
        return repository.budget(located.phase().id()).orElseThrow(() -> new NotFoundException(
                "Phase " + located.phase().id() + " has no budget yet."));
    }
}
