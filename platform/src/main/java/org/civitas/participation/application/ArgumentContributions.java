package org.civitas.participation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.civitas.participation.domain.Argument;
import org.civitas.participation.domain.Contribution;
import org.civitas.participation.domain.ContributionKind;
import org.civitas.participation.domain.DebateRepository;

/** The debate method's contributions: the arguments, named by their side and the start of their text. */
@ApplicationScoped
public class ArgumentContributions implements ContributionSource {
    static final int TITLE_LENGTH = 80;

    @Inject
    DebateRepository debates;

    @Override
    public ContributionKind kind() {
        return ContributionKind.ARGUMENT;
    }

    @Override
    public List<Contribution> authoredBy(String subject) {
        return debates.authoredBy(subject).stream().map(ArgumentContributions::contribution).toList();
    }

    @Override
    public Optional<Contribution> find(long id) {
        return debates.argument(id, null).map(ArgumentContributions::contribution);
    }

    static Contribution contribution(Argument a) {
        return new Contribution(ContributionKind.ARGUMENT, a.id(), a.consultationId(), a.phaseId(), a.authorSubject(),
                title(a.text()), a.channel(), a.createdAt());
    }

    /** The text's first characters (whole code points), with an ellipsis when cut. */
    static String title(String text) {
        if (text.codePointCount(0, text.length()) <= TITLE_LENGTH) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, TITLE_LENGTH - 1)).stripTrailing() + "…";
    }
}
