package dev.pylogging.handlers;

import dev.pylogging.Handler;
import dev.pylogging.LogRecord;
import dev.pylogging.internal.RecordDict;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;

/**
 * Sends each record's attribute dict to a web server, URL-encoded: in the query string of a GET
 * or as the form body of a POST, as CPython's {@code HTTPHandler} does. Values are rendered as
 * Python's {@code str()} would ({@code None}, {@code True}). A response of 400 or above, or a
 * server that does not complete the exchange within the time-out, goes to {@link #handleError}.
 */
public class HTTPHandler extends Handler {

    private final String host;
    private final String url;
    private final String method;
    private final boolean secure;
    private final String authorization;
    private volatile Duration timeout = Duration.ofSeconds(5);

    /**
     * Creates a handler that sends GET requests.
     *
     * @param host {@code host} or {@code host:port}
     * @param url the path, such as {@code /log}
     */
    public HTTPHandler(String host, String url) {
        this(host, url, "GET", false, null, null);
    }

    /**
     * Creates a handler with Python's parameters.
     *
     * @param host {@code host} or {@code host:port}
     * @param url the path, such as {@code /log}
     * @param method {@code GET} or {@code POST}
     * @throws IllegalArgumentException naming the method when it is neither
     */
    public HTTPHandler(String host, String url, String method) {
        this(host, url, method, false, null, null);
    }

    /**
     * Creates a handler.
     *
     * @param host {@code host} or {@code host:port}
     * @param url the path, such as {@code /log}
     * @param method {@code GET} or {@code POST}
     * @param secure true for HTTPS
     * @param username a user for basic authentication, or {@code null}
     * @param password its password
     * @throws IllegalArgumentException naming the method when it is neither GET nor POST
     */
    public HTTPHandler(String host, String url, String method, boolean secure, String username, String password) {
        String m = method == null ? "GET" : method.toUpperCase(Locale.ROOT);
        if (!m.equals("GET") && !m.equals("POST")) {
            throw new IllegalArgumentException("method must be either GET or POST, not '" + method + "'");
        }
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("HTTPHandler needs a host, not " + host);
        }
        this.host = host;
        this.url = url == null || url.isEmpty() ? "/" : url;
        this.method = m;
        this.secure = secure;
        this.authorization = username == null ? null : "Basic " + Base64.getEncoder().encodeToString(
                (username + ":" + (password == null ? "" : password)).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Sets how long the whole exchange may take, from connecting to the last byte of the
     * response (5 s unless set); a server that trickles its answer is cut off at that time.
     *
     * @param timeout the time-out
     */
    public void setTimeout(Duration timeout) {
        this.timeout = timeout;
    }

    /** The record's attributes are sent, so its caller is found while the call runs. */
    @Override
    public boolean needsCallerInfo() {
        return true;
    }

    /**
     * Returns the fields sent for {@code record}; override to send others.
     *
     * @param record the record
     */
    public Map<String, Object> mapLogRecord(LogRecord record) {
        return RecordDict.of(record);
    }

    /** Returns the URL-encoded form of {@code fields}, values as Python's {@code str()}. */
    static String urlEncode(Map<String, Object> fields) {
        StringBuilder out = new StringBuilder(512);
        for (Map.Entry<String, Object> e : fields.entrySet()) {
            if (out.length() > 0) {
                out.append('&');
            }
            Object v = e.getValue();
            String text = v == null ? "None" : v instanceof Boolean b ? (b ? "True" : "False") : String.valueOf(v);
            out.append(URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(text, StandardCharsets.UTF_8));
        }
        return out.toString();
    }

    /** Sends the request and reads the response, all within the time-out. */
    private void exchange(HttpURLConnection connection, byte[] body) throws IOException {
        try (ExchangeDeadline deadline = ExchangeDeadline.start(timeout, connection::disconnect)) {
            try {
                if (body != null) {
                    try (OutputStream out = connection.getOutputStream()) {
                        out.write(body);
                    }
                }
                int status = connection.getResponseCode();
                try (InputStream in = status >= 400 ? connection.getErrorStream() : connection.getInputStream()) {
                    if (in != null) {
                        in.transferTo(OutputStream.nullOutputStream());
                    }
                }
                if (status >= 400) {
                    throw new IOException("HTTP " + status + " from " + host + url);
                }
            } catch (IOException e) {
                if (deadline.passed()) {
                    throw new IOException(deadline.describe(host), e);
                }
                throw e;
            }
        }
    }

    @Override
    public void emit(LogRecord record) {
        try {
            String data = urlEncode(mapLogRecord(record));
            byte[] body = null;
            String target = url;
            if (method.equals("GET")) {
                target = url + (url.indexOf('?') >= 0 ? '&' : '?') + data;
            }
            HttpURLConnection connection = (HttpURLConnection) URI.create((secure ? "https://" : "http://") + host + target)
                    .toURL().openConnection();
            int millis = (int) Math.max(1, timeout.toMillis());
            connection.setConnectTimeout(millis);
            connection.setReadTimeout(millis);
            connection.setRequestMethod(method);
            if (authorization != null) {
                connection.setRequestProperty("Authorization", authorization);
            }
            if (method.equals("POST")) {
                body = data.getBytes(StandardCharsets.UTF_8);
                connection.setDoOutput(true);
                connection.setFixedLengthStreamingMode(body.length);
                connection.setRequestProperty("Content-type", "application/x-www-form-urlencoded");
            }
            exchange(connection, body);
        } catch (IOException e) {
            handleError(record, new UncheckedIOException(e));
        } catch (RuntimeException e) {
            handleError(record, e);
        }
    }
}
