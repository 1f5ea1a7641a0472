package dev.pylogging.handlers;

import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.Date;
import java.util.Properties;
import javax.net.SocketFactory;

/**
 * The jakarta mail side of {@link SMTPHandler}, kept in its own class so that the handler's class
 * loads, and fails with a clear message, when jakarta mail is not on the class path.
 */
final class MailSender {

    private final Session session;
    private final String host;
    private final int port;
    private final String username;
    private final String password;
    private final Address from;
    private final Address[] to;
    private final Duration timeout;
    /** Makes the session's sockets and remembers the last, so that the deadline can close it. */
    private final TrackingSocketFactory sockets = new TrackingSocketFactory();

    private MailSender(SMTPHandler.Builder settings, String host, int port) {
        this.host = host;
        this.port = port;
        this.username = settings.username;
        this.password = settings.password;
        Properties properties = new Properties();
        String millis = Long.toString(Math.max(1, settings.timeout.toMillis()));
        properties.setProperty("mail.smtp.host", host);
        properties.setProperty("mail.smtp.port", Integer.toString(port));
        properties.setProperty("mail.smtp.connectiontimeout", millis);
        properties.setProperty("mail.smtp.timeout", millis);
        properties.setProperty("mail.smtp.writetimeout", millis);
        properties.put("mail.smtp.socketFactory", sockets);
        properties.setProperty("mail.smtp.socketFactory.fallback", "false");
        properties.setProperty("mail.smtp.auth", Boolean.toString(username != null));
        if (settings.startTls) {
            properties.setProperty("mail.smtp.starttls.enable", "true");
            properties.setProperty("mail.smtp.starttls.required", "true");
        }
        properties.putAll(settings.properties);
        this.session = Session.getInstance(properties);
        this.timeout = settings.timeout;
        this.from = address(settings.fromaddr);
        this.to = settings.toaddrs.stream().map(MailSender::address).toArray(Address[]::new);
    }

    /**
     * Checks the settings and prepares a mail session.
     *
     * @throws IllegalStateException when jakarta mail is not on the class path
     * @throws IllegalArgumentException naming a malformed host, port or address
     */
    static MailSender create(SMTPHandler.Builder settings) {
        try {
            Class.forName("jakarta.mail.Session", false, MailSender.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            throw new IllegalStateException("SMTPHandler needs jakarta mail: add org.eclipse.angus:angus-mail "
                    + "(or dev.pylogging:logging-spring-boot-starter) to the class path");
        }
        HostPort hostPort = HostPort.parse(settings.mailhost, 25, "SMTP mail host");
        return new MailSender(settings, hostPort.host(), hostPort.port());
    }

    private static Address address(String text) {
        try {
            return new InternetAddress(text, true);
        } catch (AddressException e) {
            throw new IllegalArgumentException("bad mail address '" + text + "': " + e.getMessage(), e);
        }
    }

    /**
     * Sends one plain-text mail.
     *
     * @throws IllegalStateException carrying the server's complaint when it cannot be sent
     */
    void send(String subject, String body) {
        try {
            MimeMessage message = new MimeMessage(session);
            message.setFrom(from);
            message.setRecipients(Message.RecipientType.TO, to);
            message.setSubject(subject, "UTF-8");
            message.setSentDate(new Date());
            message.setText(body, "UTF-8");
            try (ExchangeDeadline deadline = ExchangeDeadline.start(timeout, sockets::closeLast)) {
                try {
                    if (username != null) {
                        Transport.send(message, username, password);
                    } else {
                        Transport.send(message);
                    }
                } catch (MessagingException e) {
                    if (deadline.passed()) {
                        throw new MessagingException(deadline.describe(host + ":" + port), e);
                    }
                    throw e;
                }
            }
        } catch (MessagingException e) {
            throw new IllegalStateException("cannot send mail through " + host + ":" + port + ": " + describe(e), e);
        }
    }

    /** The plain sockets of a session, the last one kept for {@link ExchangeDeadline} to close. */
    private static final class TrackingSocketFactory extends SocketFactory {
        private volatile Socket last;

        private Socket track(Socket socket) {
            last = socket;
            return socket;
        }

        void closeLast() {
            Socket s = last;
            if (s != null) {
                try {
                    s.close();
                } catch (IOException ignored) {
                    // Ending the exchange is all that is asked.
                }
            }
        }

        @Override
        public Socket createSocket() {
            return track(new Socket());
        }

        @Override
        public Socket createSocket(String host, int port) throws IOException {
            return track(new Socket(host, port));
        }

        @Override
        public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
            return track(new Socket(host, port, localHost, localPort));
        }

        @Override
        public Socket createSocket(InetAddress host, int port) throws IOException {
            return track(new Socket(host, port));
        }

        @Override
        public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort)
                throws IOException {
            return track(new Socket(address, port, localAddress, localPort));
        }
    }

    private static String describe(MessagingException e) {
        Throwable cause = e.getCause();
        String text = e.getMessage() == null ? e.toString() : e.getMessage().strip();
        return cause == null || cause.getMessage() == null ? text : text + " (" + cause.getMessage() + ")";
    }
}
