package org.civitas.followup.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.util.List;
import org.civitas.followup.domain.Email;
import org.civitas.followup.domain.Mailer;

/** Sends notifications after the request that caused them, so publishing never waits for a mail server. */
@ApplicationScoped
public class FollowUpNotifier {
    @Resource
    ManagedExecutorService executor;
    @Inject
    Mailer mailer;

    public void sendLater(List<Email> emails) {
        if (!emails.isEmpty()) {
            executor.execute(() -> emails.forEach(mailer::send));
        }
    }
}
