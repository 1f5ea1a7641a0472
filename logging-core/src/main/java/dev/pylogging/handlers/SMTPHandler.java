package dev.pylogging.handlers;

import dev.pylogging.Handler;
import dev.pylogging.LogRecord;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Sends one mail per record through jakarta mail, as CPython's {@code SMTPHandler} does: from
 * {@code fromaddr} to {@code toaddrs}, subject from {@link #getSubject}, a {@code Date} header,
 * and the formatted record as a UTF-8 text body. Jakarta mail (the Angus Mail implementation) is
 * an optional dependency; the handler refuses to be built without it. A server that is down or
 * slow is reported through {@link #handleError} after at most the time-out (5 s unless set).
 *
 * <pre>{@code
 * SMTPHandler mail = SMTPHandler.builder("smtp.example.com:587", "app@example.com", List.of("ops@example.com"))
 *         .subject("Application error").credentials("app", secret).startTls(true).build();
 * }</pre>
 */
public class SMTPHandler extends Handler {

    private final String mailhost;
    private final String fromaddr;
    private final List<String> toaddrs;
    private final String subject;
    private final MailSender sender;

    /**
     * Creates a handler without authentication, as {@code SMTPHandler(mailhost, fromaddr, toaddrs, subject)}.
     *
     * @param mailhost {@code host} or {@code host:port} (port 25 unless given)
     * @param fromaddr the sender address
     * @param toaddrs the recipient addresses
     * @param subject the subject line
     */
    public SMTPHandler(String mailhost, String fromaddr, List<String> toaddrs, String subject) {
        this(builder(mailhost, fromaddr, toaddrs).subject(subject));
    }

    /**
     * Creates a handler that logs in, as CPython's {@code credentials=(user, password)}.
     *
     * @param mailhost {@code host} or {@code host:port}
     * @param fromaddr the sender address
     * @param toaddrs the recipient addresses
     * @param subject the subject line
     * @param credentials user and password, or {@code null} for none
     */
    public SMTPHandler(String mailhost, String fromaddr, List<String> toaddrs, String subject, List<String> credentials) {
        this(builder(mailhost, fromaddr, toaddrs).subject(subject).credentials(credentials));
    }

    /**
     * Creates a handler that logs in after STARTTLS when {@code secure} is not {@code null}, as
     * CPython's {@code secure=()}; key and certificate files in {@code secure} are not used
     * (configure the JVM's key store instead).
     *
     * @param mailhost {@code host} or {@code host:port}
     * @param fromaddr the sender address
     * @param toaddrs the recipient addresses
     * @param subject the subject line
     * @param credentials user and password, or {@code null} for none
     * @param secure any list (usually empty) to require STARTTLS, {@code null} for plain SMTP
     */
    public SMTPHandler(String mailhost, String fromaddr, List<String> toaddrs, String subject, List<String> credentials,
            List<String> secure) {
        this(builder(mailhost, fromaddr, toaddrs).subject(subject).credentials(credentials).startTls(secure != null));
    }

    /**
     * Creates a handler with CPython's full argument list.
     *
     * @param mailhost {@code host} or {@code host:port}
     * @param fromaddr the sender address
     * @param toaddrs the recipient addresses
     * @param subject the subject line
     * @param credentials user and password, or {@code null} for none
     * @param secure any list (usually empty) to require STARTTLS, {@code null} for plain SMTP
     * @param timeoutSeconds how long sending one mail may take, from connecting to the last reply
     */
    public SMTPHandler(String mailhost, String fromaddr, List<String> toaddrs, String subject, List<String> credentials,
            List<String> secure, double timeoutSeconds) {
        this(builder(mailhost, fromaddr, toaddrs).subject(subject).credentials(credentials).startTls(secure != null)
                .timeout(Duration.ofMillis(Math.round(timeoutSeconds * 1000))));
    }

    /**
     * Creates a handler from a builder.
     *
     * @param builder the settings
     */
    protected SMTPHandler(Builder builder) {
        this.mailhost = builder.mailhost;
        this.fromaddr = builder.fromaddr;
        this.toaddrs = builder.toaddrs;
        this.subject = builder.subject;
        this.sender = MailSender.create(builder);
    }

    /**
     * Starts a builder for the settings CPython takes as keyword arguments.
     *
     * @param mailhost {@code host} or {@code host:port}
     * @param fromaddr the sender address
     * @param toaddrs the recipient addresses
     */
    public static Builder builder(String mailhost, String fromaddr, List<String> toaddrs) {
        return new Builder(mailhost, fromaddr, toaddrs);
    }

    /**
     * Returns the subject of the mail for {@code record}: the configured subject unless
     * overridden.
     *
     * @param record the record
     */
    public String getSubject(LogRecord record) {
        return subject;
    }

    /** Returns the mail host as given. */
    public String getMailhost() {
        return mailhost;
    }

    /** Returns the sender address. */
    public String getFromaddr() {
        return fromaddr;
    }

    /** Returns the recipient addresses. */
    public List<String> getToaddrs() {
        return toaddrs;
    }

    /** Formats and sends the record; failures go to {@link #handleError}. Called with the lock held. */
    @Override
    public void emit(LogRecord record) {
        try {
            sender.send(getSubject(record), format(record));
        } catch (RuntimeException e) {
            handleError(record, e);
        }
    }

    /** The settings of an {@link SMTPHandler}, as CPython's keyword arguments. */
    public static final class Builder {
        final String mailhost;
        final String fromaddr;
        final List<String> toaddrs;
        String subject = "";
        String username;
        String password;
        boolean startTls;
        Duration timeout = Duration.ofSeconds(5);
        final Map<String, String> properties = new LinkedHashMap<>();

        private Builder(String mailhost, String fromaddr, List<String> toaddrs) {
            if (mailhost == null || mailhost.isBlank()) {
                throw new IllegalArgumentException("SMTPHandler needs a mail host, not '" + mailhost + "'");
            }
            if (fromaddr == null || fromaddr.isBlank()) {
                throw new IllegalArgumentException("SMTPHandler needs a from address, not '" + fromaddr + "'");
            }
            if (toaddrs == null || toaddrs.isEmpty()) {
                throw new IllegalArgumentException("SMTPHandler needs at least one recipient");
            }
            this.mailhost = mailhost.strip();
            this.fromaddr = fromaddr;
            this.toaddrs = List.copyOf(toaddrs);
        }

        /**
         * Sets the subject line.
         *
         * @param subject the subject
         */
        public Builder subject(String subject) {
            this.subject = subject == null ? "" : subject;
            return this;
        }

        /**
         * Logs in with a user and password.
         *
         * @param username the user
         * @param password the password
         */
        public Builder credentials(String username, String password) {
            this.username = Objects.requireNonNull(username, "username");
            this.password = password == null ? "" : password;
            return this;
        }

        /**
         * Logs in with CPython's {@code (user, password)} pair; {@code null} for none.
         *
         * @param credentials two items, or {@code null}
         * @throws IllegalArgumentException when there are not exactly two items
         */
        public Builder credentials(List<String> credentials) {
            if (credentials == null) {
                return this;
            }
            if (credentials.size() != 2) {
                throw new IllegalArgumentException("SMTPHandler credentials must be (user, password), not "
                        + credentials.size() + " values");
            }
            return credentials(credentials.get(0), credentials.get(1));
        }

        /**
         * Requires STARTTLS before anything else is sent; the mail is not sent if the server
         * cannot do it.
         *
         * @param startTls whether to require STARTTLS
         */
        public Builder startTls(boolean startTls) {
            this.startTls = startTls;
            return this;
        }

        /**
         * Sets how long sending one mail may take, from connecting to the server's last reply (5 s
         * unless set); a server that trickles its replies is cut off at that time.
         *
         * @param timeout the time-out, positive
         */
        public Builder timeout(Duration timeout) {
            if (timeout == null || timeout.isNegative() || timeout.isZero()) {
                throw new IllegalArgumentException("SMTPHandler time-out must be positive, not " + timeout);
            }
            this.timeout = timeout;
            return this;
        }

        /**
         * Sets a jakarta mail session property, such as {@code mail.smtp.ssl.trust}.
         *
         * @param key the property name
         * @param value its value
         */
        public Builder property(String key, String value) {
            properties.put(key, value);
            return this;
        }

        /** Builds the handler. */
        public SMTPHandler build() {
            return new SMTPHandler(this);
        }
    }
}
