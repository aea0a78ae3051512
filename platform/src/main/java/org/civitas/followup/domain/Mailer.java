package org.civitas.followup.domain;

/** Sends email (SMTP in production; GreenMail, a real SMTP server, in tests). */
public interface Mailer {
    /** Sends, or says why not: a failure to send never undoes what was published. */
    void send(Email email);
}
