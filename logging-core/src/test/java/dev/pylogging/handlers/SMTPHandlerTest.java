package dev.pylogging.handlers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.pylogging.CapturedStderr;
import dev.pylogging.Formatter;
import dev.pylogging.LogRecord;
import dev.pylogging.Logger;
import dev.pylogging.Logging;
import dev.pylogging.LoggingTestCase;
import jakarta.mail.Address;
import jakarta.mail.internet.MimeMessage;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** SMTPHandler against a real SMTP server (GreenMail) on loopback. */
class SMTPHandlerTest extends LoggingTestCase {

    private GreenMail mail;

    @BeforeEach
    void startServer() {
        mail = new GreenMail(ServerSetupTest.SMTP.dynamicPort())
                .withConfiguration(GreenMailConfiguration.aConfig().withUser("ops@example.com", "ops", "s3cret"));
        mail.start();
    }

    @AfterEach
    void stopServer() {
        mail.stop();
    }

    private String host() {
        return "127.0.0.1:" + mail.getSmtp().getPort();
    }

    @Test
    void oneMailPerRecordWithFromToSubjectDateAndBody() throws Exception {
        SMTPHandler handler = new SMTPHandler(host(), "app@example.com", List.of("ops@example.com", "dev@example.org"),
                "Application error");
        handler.setFormatter(new Formatter("%(levelname)s %(name)s: %(message)s"));
        Logger logger = Logging.getLogger("mailer");
        logger.addHandler(handler);
        Instant before = Instant.now().minusSeconds(1);
        logger.error("disk %s is %d%% full", "/var", 97);
        logger.critical("caf\u00e9 closed");

        assertThat(mail.waitForIncomingEmail(5000, 4)).isTrue();
        MimeMessage[] received = mail.getReceivedMessages();
        assertThat(received).hasSize(4); // two records, each to two recipients
        MimeMessage first = received[0];
        assertThat(first.getFrom()).extracting(Address::toString).containsExactly("app@example.com");
        assertThat(first.getAllRecipients()).extracting(Address::toString)
                .containsExactly("ops@example.com", "dev@example.org");
        assertThat(first.getSubject()).isEqualTo("Application error");
        assertThat(first.getSentDate().toInstant()).isBetween(before, Instant.now().plusSeconds(1));
        assertThat(((String) first.getContent()).strip()).isEqualTo("ERROR mailer: disk /var is 97% full");
        assertThat(Arrays.stream(received).map(this::body).distinct())
                .containsExactly("ERROR mailer: disk /var is 97% full", "CRITICAL mailer: caf\u00e9 closed");
    }

    private String body(MimeMessage message) {
        try {
            return ((String) message.getContent()).strip();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void credentialsAreUsedAndAWrongPasswordIsReported() throws Exception {
        SMTPHandler good = new SMTPHandler(host(), "app@example.com", List.of("ops@example.com"), "with login",
                List.of("ops", "s3cret"));
        Logger logger = Logging.getLogger("login");
        logger.addHandler(good);
        logger.error("logged in");
        assertThat(mail.waitForIncomingEmail(5000, 1)).isTrue();
        assertThat(mail.getReceivedMessages()[0].getSubject()).isEqualTo("with login");

        logger.removeHandler(good);
        SMTPHandler bad = SMTPHandler.builder(host(), "app@example.com", List.of("ops@example.com"))
                .subject("wrong password").credentials("ops", "guess").build();
        logger.addHandler(bad);
        try (CapturedStderr err = new CapturedStderr()) {
            logger.error("should not arrive");
            assertThat(err.text()).contains("SMTPHandler").contains("should not arrive")
                    .contains("cannot send mail through 127.0.0.1:" + mail.getSmtp().getPort());
        }
        assertThat(mail.getReceivedMessages()).hasSize(1);
    }

    @Test
    void getSubjectCanBeOverridden() throws Exception {
        SMTPHandler handler = new SMTPHandler(host(), "app@example.com", List.of("ops@example.com"), "unused") {
            @Override
            public String getSubject(LogRecord record) {
                return "[" + record.getLevelname() + "] " + record.getName();
            }
        };
        Logger logger = Logging.getLogger("billing.invoices");
        logger.addHandler(handler);
        logger.warning("late");
        assertThat(mail.waitForIncomingEmail(5000, 1)).isTrue();
        assertThat(mail.getReceivedMessages()[0].getSubject()).isEqualTo("[WARNING] billing.invoices");
    }

    @Test
    void startTlsIsRequiredNotAttemptedWhenTheServerCannotDoIt() throws Exception {
        // GreenMail offers no STARTTLS: a handler that asks for it must not fall back to plain text.
        SMTPHandler handler = new SMTPHandler(host(), "app@example.com", List.of("ops@example.com"), "secure",
                List.of("ops", "s3cret"), List.of());
        Logger logger = Logging.getLogger("tls");
        logger.addHandler(handler);
        try (CapturedStderr err = new CapturedStderr()) {
            logger.error("secret content");
            assertThat(err.text()).contains("STARTTLS");
        }
        assertThat(mail.getReceivedMessages()).isEmpty();
    }

    @Test
    void aDeadServerIsReportedQuickly() throws Exception {
        int deadPort;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            deadPort = s.getLocalPort();
        }
        SMTPHandler handler = new SMTPHandler("127.0.0.1:" + deadPort, "app@example.com", List.of("ops@example.com"),
                "dead");
        Logger logger = Logging.getLogger("dead");
        logger.addHandler(handler);
        try (CapturedStderr err = new CapturedStderr()) {
            logger.error("nobody listens");
            assertThat(err.text()).contains("cannot send mail through 127.0.0.1:" + deadPort);
        }
    }

    @Test
    void aServerThatNeverAnswersBlocksNoLongerThanTheTimeout() throws Exception {
        try (ServerSocket silent = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            // Accepted by the kernel's backlog, never greeted.
            SMTPHandler handler = new SMTPHandler("127.0.0.1:" + silent.getLocalPort(), "app@example.com",
                    List.of("ops@example.com"), "silent", null, null, 0.5);
            Logger logger = Logging.getLogger("silent");
            logger.addHandler(handler);
            try (CapturedStderr err = new CapturedStderr()) {
                long start = System.nanoTime();
                logger.error("into the void");
                Duration took = Duration.ofNanos(System.nanoTime() - start);
                assertThat(took).isLessThan(Duration.ofSeconds(3));
                assertThat(err.text()).contains("into the void").contains("cannot send mail");
            }
        }
    }

    @Test
    void badSettingsAreRefusedByName() {
        assertThatThrownBy(() -> new SMTPHandler("mail:smtp", "a@b.c", List.of("d@e.f"), "s"))
                .hasMessage("bad SMTP mail host 'mail:smtp': port must be 1 to 65535, not 'smtp'");
        assertThatThrownBy(() -> new SMTPHandler("mail", "not an address", List.of("d@e.f"), "s"))
                .hasMessageStartingWith("bad mail address 'not an address'");
        assertThatThrownBy(() -> new SMTPHandler("mail", "a@b.c", List.of(), "s"))
                .hasMessage("SMTPHandler needs at least one recipient");
        assertThatThrownBy(() -> new SMTPHandler("mail", "a@b.c", List.of("d@e.f"), "s", List.of("only-user")))
                .hasMessage("SMTPHandler credentials must be (user, password), not 1 values");
    }
}
