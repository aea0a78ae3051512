package org.civitas.participation.application;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.civitas.consultation.domain.ParticipationMethod;
import org.civitas.identity.application.AccessPolicy;
import org.civitas.identity.application.CallerContext;
import org.civitas.identity.domain.Caller;
import org.civitas.identity.domain.Permission;
import org.civitas.participation.application.ParticipationPhases.LocatedPhase;
import org.civitas.participation.domain.Channel;
import org.civitas.participation.domain.MapCategory;
import org.civitas.participation.domain.MapPin;
import org.civitas.participation.domain.MapPinSubmission;
import org.civitas.participation.domain.MapRepository;
import org.civitas.participation.domain.MapResults;
import org.civitas.participation.domain.MapSettings;
import org.civitas.participation.domain.ModeratedKind;
import org.civitas.shared.domain.ConflictException;
import org.civitas.shared.domain.ForbiddenException;
import org.civitas.shared.domain.NotFoundException;
import org.civitas.tenancy.application.TenantClock;

/**
 * The map method: staff set a map phase's map (centre, zoom, optional bounds) and its categories; signed-in citizens
 * pin places inside the bounds while the phase is open (several places each, never the same exact place twice: the
 * database keeps one), withdraw their own pins while it is open, and flag others'; staff read the counts per category.
 * Pins follow the consultation's pre-moderation like ideas; pending and hidden pins reach only their author and
 * moderators.
 *
 * <p>As with the other methods, every check runs before the one transactional repository call of a change.
 */
@RequestScoped
public class Maps {
    @Inject
    ParticipationPhases phases;
    @Inject
    MapRepository repository;
    @Inject
    Moderation moderation;
    @Inject
    AccessPolicy access;
    @Inject
    CallerContext callers;
    @Inject
    TenantClock clock;

    /** What staff send; {@code boundsGiven}: a bounds object was present. Categories with an id keep it. */
    public record Design(Double lat, Double lng, Integer zoom, boolean boundsGiven, Double south, Double west,
                         Double north, Double east, List<MapCategory> categories) {
    }

    /** What a citizen sent, before it is checked. */
    public record PinInput(Double lat, Double lng, Long categoryId, String title, String text) {
    }

    /** A map phase with its settings and the pins the reader may see; {@code upcoming}: not open yet, but it will be. */
    public record PhaseMap(LocatedPhase located, MapSettings settings, List<MapPin> pins, boolean open, boolean upcoming) {
    }

    /** The map of a map phase (anyone who sees the consultation); 404 until staff set it. */
    public PhaseMap map(long consultationId, long phaseId) {
        LocatedPhase located = phases.locateUsing(consultationId, phaseId, ParticipationMethod.MAP);
        return new PhaseMap(located, settingsOf(located), repository.pins(phaseId, reader(), isModerator()),
                phases.isOpen(located), phases.isUpcoming(located));
    }

    /** Staff (edit-consultations) set or change the map; a category that has pins cannot be removed (409). */
    public PhaseMap define(long consultationId, long phaseId, Design design) {
        access.require(Permission.EDIT_CONSULTATIONS);
        LocatedPhase located = phases.configurableUsing(consultationId, phaseId, ParticipationMethod.MAP);
        Set<Long> known = repository.settings(phaseId).map(s -> s.categories().stream().map(MapCategory::id)
                .collect(Collectors.toSet())).orElse(Set.of());
        MapSettings next = MapSettings.checked(design.lat(), design.lng(), design.zoom(), design.boundsGiven(),
                design.south(), design.west(), design.north(), design.east(), design.categories(), known);
        Set<Long> keptIds = next.categories().stream().map(MapCategory::id).collect(Collectors.toSet());
        Map<Long, Long> pinned = repository.pinsPerCategory(phaseId);
        List<String> dropped = pinned.entrySet().stream().filter(e -> e.getValue() > 0 && !keptIds.contains(e.getKey()))
                .map(e -> "category " + e.getKey() + " has " + e.getValue() + " pin(s)").toList();
        if (!dropped.isEmpty()) {
            throw new ConflictException("A category that citizens used cannot be removed: " + String.join("; ", dropped)
                    + ". Send it again with its id (you may rename it or change its colour).");
        }
        repository.saveSettings(phaseId, next, clock.now());
        return new PhaseMap(located, settingsOf(located), repository.pins(phaseId, reader(), isModerator()),
                phases.isOpen(located), phases.isUpcoming(located));
    }

    /** Pins a place while the phase is open; 409 when the caller already pinned this exact place. */
    public MapPin pin(long consultationId, long phaseId, PinInput input) {
        access.require(Permission.PARTICIPATE);
        LocatedPhase located = phases.participatingUsing(consultationId, phaseId, ParticipationMethod.MAP);
        phases.requireOpen(located);
        MapPinSubmission pin = MapPinSubmission.checked(input.lat(), input.lng(), input.categoryId(), input.title(),
                input.text(), settingsOf(located));
        Caller caller = callers.caller();
        long id = repository.addPin(phaseId, caller.subject(), caller.displayName(), pin, Channel.ONLINE,
                moderation.statusOfNew(consultationId), clock.now())
                .orElseThrow(() -> new ConflictException("You have already pinned this exact place on this map: "
                        + "a place counts once per person. Pin another place, or withdraw your pin first."));
        return repository.pin(id).orElseThrow();
    }

    public List<MapPin> pins(long consultationId, long phaseId) {
        phases.locateUsing(consultationId, phaseId, ParticipationMethod.MAP);
        return repository.pins(phaseId, reader(), isModerator());
    }

    public MapPin one(long consultationId, long phaseId, long pinId) {
        return visiblePin(phases.locateUsing(consultationId, phaseId, ParticipationMethod.MAP), pinId);
    }

    /** The author withdraws their pin while the phase is open (it is deleted, with its open flags). */
    public void withdraw(long consultationId, long phaseId, long pinId) {
        access.require(Permission.PARTICIPATE);
        LocatedPhase located = phases.locateUsing(consultationId, phaseId, ParticipationMethod.MAP);
        MapPin pin = visiblePin(located, pinId);
        if (!pin.isBy(reader())) {
            throw new ForbiddenException("Only its author can withdraw a pin.");
        }
        phases.requireOpen(located);
        repository.deletePin(pin.id());
    }

    public void flag(long consultationId, long phaseId, long pinId, String reason) {
        access.require(Permission.PARTICIPATE);
        MapPin pin = one(consultationId, phaseId, pinId);
        moderation.flag(ModeratedKind.MAP_PIN, pin.id(), reason, "this pin");
    }

    /** Published pins per category, and how many wait or are hidden (see-analysis or edit-consultations). */
    public MapResults results(long consultationId, long phaseId) {
        access.requireAny(Permission.SEE_ANALYSIS, Permission.EDIT_CONSULTATIONS);
        LocatedPhase located = phases.locateUsing(consultationId, phaseId, ParticipationMethod.MAP);
        return MapResults.of(settingsOf(located), repository.publishedPerCategory(phaseId),
                repository.pinsPerStatus(phaseId));
    }

    /** The caller's subject when signed in: they see their own pending or hidden pins. */
    public String reader() {
        return callers.caller().subject();
    }

    public boolean isModerator() {
        return callers.caller().isAuthenticated() && access.permissions().contains(Permission.MODERATE);
    }

    private MapPin visiblePin(LocatedPhase located, long pinId) {
        return repository.pin(pinId).filter(p -> p.phaseId() == located.phase().id())
                .filter(p -> p.status().visibleTo(p.isBy(reader()), isModerator()))
                .orElseThrow(() -> new NotFoundException("Phase " + located.phase().id() + " has no pin " + pinId + "."));
    }

    private MapSettings settingsOf(LocatedPhase located) {
        return repository.settings(located.phase().id()).orElseThrow(() -> new NotFoundException(
                "Phase " + located.phase().id() + " has no map yet."));
    }
}
