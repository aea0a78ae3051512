package org.civitas.participation.application;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.civitas.consultation.application.ConsultationCatalog;
import org.civitas.consultation.domain.Consultation;
import org.civitas.identity.application.AccessPolicy;
import org.civitas.identity.domain.Permission;
import org.civitas.participation.domain.Channel;
import org.civitas.participation.domain.ChannelCount;
import org.civitas.participation.domain.ContributionRepository;

/** How a consultation's contributions reached the municipality: counts per phase and channel, for staff. */
@RequestScoped
public class ContributionChannels {
    @Inject
    ConsultationCatalog catalog;
    @Inject
    ContributionRepository contributions;
    @Inject
    AccessPolicy access;

    /** One phase's contributions per channel (every channel named, zero included), and their total. */
    public record PhaseChannels(long phaseId, String title, String method, Map<String, Long> channels, long total) {
    }

    public List<PhaseChannels> of(long consultationId) {
        access.requireAny(Permission.SEE_ANALYSIS, Permission.RECORD_CONTRIBUTIONS, Permission.EDIT_CONSULTATIONS);
        Consultation consultation = catalog.shown(consultationId);
        List<ChannelCount> counts = contributions.channelCounts(consultationId);
        return consultation.phases().stream().map(phase -> {
            Map<String, Long> channels = new LinkedHashMap<>();
            for (Channel channel : Channel.values()) {
                channels.put(channel.wireName(), 0L);
            }
            long total = 0;
            for (ChannelCount count : counts) {
                if (count.phaseId() == phase.id()) {
                    channels.merge(count.channel(), count.count(), Long::sum);
                    total += count.count();
                }
            }
            return new PhaseChannels(phase.id(), phase.title(), phase.method(), channels, total);
        }).toList();
    }
}
