package org.civitas.followup.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Logger;
import org.civitas.followup.domain.Email;
import org.civitas.followup.domain.Mailer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Email over SMTP with Jakarta Mail. Without {@code civitas.mail.smtp.host} (a development machine) nothing is sent and
 * the log says what would have been.
 */
@ApplicationScoped
public class SmtpMailer implements Mailer {
    private static final Logger LOG = Logger.getLogger(SmtpMailer.class.getName());

    @Inject
    @ConfigProperty(name = "civitas.mail.smtp.host")
    Optional<String> host;
    @Inject
    @ConfigProperty(name = "civitas.mail.smtp.port", defaultValue = "25")
    int port;
    @Inject
    @ConfigProperty(name = "civitas.mail.from", defaultValue = "Civitas <no-reply@civitas.localhost>")
    String from;

    @Override
    public void send(Email email) {
        if (host.isEmpty() || host.get().isBlank()) {
            LOG.info(() -> "Email not sent (civitas.mail.smtp.host is not set): to " + email.to() + ", \"" + email.subject() + "\"");
            return;
        }
        Properties properties = new Properties();
        properties.put("mail.smtp.host", host.get());
        properties.put("mail.smtp.port", String.valueOf(port));
        properties.put("mail.smtp.connectiontimeout", "5000");
        properties.put("mail.smtp.timeout", "10000");
        try {
            MimeMessage message = new MimeMessage(Session.getInstance(properties));
            message.setFrom(new InternetAddress(from));
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(email.to()));
            message.setSubject(email.subject(), "UTF-8");
            message.setText(email.text(), "UTF-8");
            Transport.send(message);
        } catch (MessagingException e) {
            LOG.warning(() -> "Email to " + email.to() + " not sent: " + e.getMessage());
        }
    }
}
