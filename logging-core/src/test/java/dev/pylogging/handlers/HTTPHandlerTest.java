package dev.pylogging.handlers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import dev.pylogging.CapturedStderr;
import dev.pylogging.Logger;
import dev.pylogging.Logging;
import dev.pylogging.LoggingTestCase;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Records sent to a real HTTP server on loopback, by GET and by POST. */
class HTTPHandlerTest extends LoggingTestCase {

    private HttpServer server;
    private final List<String[]> requests = new CopyOnWriteArrayList<>();
    private volatile int status = 200;

    @BeforeEach
    void startServer() throws Exception {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/log", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            requests.add(new String[] {exchange.getRequestMethod(), exchange.getRequestURI().getRawQuery(), body,
                exchange.getRequestHeaders().getFirst("Content-type"),
                exchange.getRequestHeaders().getFirst("Authorization")});
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    private String host() {
        return "127.0.0.1:" + server.getAddress().getPort();
    }

    private static Map<String, String> decode(String form) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String pair : form.split("&")) {
            String[] kv = pair.split("=", 2);
            fields.put(URLDecoder.decode(kv[0], StandardCharsets.UTF_8), URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
        }
        return fields;
    }

    @Test
    void getSendsTheRecordInTheQueryString() {
        Logger logger = Logging.getLogger("web.app");
        logger.addHandler(new HTTPHandler(host(), "/log", "GET"));
        logger.atWarning().extra("user", "fbloggs").log("Pack my box with %d dozen %s", 5, "liquor jugs & more");
        assertThat(requests).hasSize(1);
        assertThat(requests.get(0)[0]).isEqualTo("GET");
        Map<String, String> fields = decode(requests.get(0)[1]);
        assertThat(fields).containsEntry("name", "web.app").containsEntry("levelname", "WARNING")
                .containsEntry("levelno", "30").containsEntry("msg", "Pack my box with 5 dozen liquor jugs & more")
                .containsEntry("args", "None").containsEntry("user", "fbloggs")
                .containsEntry("funcName", "getSendsTheRecordInTheQueryString")
                .containsEntry("filename", "HTTPHandlerTest.java");
    }

    @Test
    void postSendsAFormBodyWithCredentials() {
        Logger logger = Logging.getLogger("web.post");
        logger.addHandler(new HTTPHandler(host(), "/log", "post", false, "user", "secret"));
        logger.error("héllo %s", "wörld");
        assertThat(requests).hasSize(1);
        String[] request = requests.get(0);
        assertThat(request[0]).isEqualTo("POST");
        assertThat(request[1]).isNull();
        assertThat(request[3]).isEqualTo("application/x-www-form-urlencoded");
        assertThat(request[4]).isEqualTo("Basic dXNlcjpzZWNyZXQ=");
        assertThat(decode(request[2])).containsEntry("msg", "héllo wörld").containsEntry("levelname", "ERROR");
    }

    @Test
    void anErrorStatusOrADeadServerIsReported() {
        Logger logger = Logging.getLogger("web.fail");
        logger.addHandler(new HTTPHandler(host(), "/log"));
        status = 500;
        try (CapturedStderr err = new CapturedStderr()) {
            logger.error("refused");
            assertThat(err.text()).contains("HTTP 500");
        }
        server.stop(0);
        try (CapturedStderr err = new CapturedStderr()) {
            logger.error("nobody there");
            assertThat(err.text()).contains("Connection refused");
        }
        assertThatThrownBy(() -> new HTTPHandler(host(), "/log", "PUT")).hasMessageContaining("'PUT'");
    }
}
