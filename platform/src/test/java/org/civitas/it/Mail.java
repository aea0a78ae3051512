package org.civitas.it;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;

/** GreenMail, a real SMTP server, where the platform under test sends its mail (civitas.mail.smtp.port). */
final class Mail {
    private Mail() {
    }

    /** A fresh server for one test class: {@code @RegisterExtension static final GreenMailExtension MAIL = Mail.server();} */
    static GreenMailExtension server() {
        return new GreenMailExtension(new ServerSetup(Integer.getInteger("civitas.it.smtp.port", 13025), "127.0.0.1",
                ServerSetup.PROTOCOL_SMTP));
    }
}
