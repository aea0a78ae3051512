package org.civitas.participation.application;

import jakarta.enterprise.context.ApplicationScoped;
import org.civitas.participation.domain.ContributionKind;

/** Survey responses as contributions (named by their phase), for follow-up and "my contributions". */
@ApplicationScoped
public class SurveyResponseContributions extends StoredContributions {
    @Override
    public ContributionKind kind() {
        return ContributionKind.SURVEY_RESPONSE;
    }
}
