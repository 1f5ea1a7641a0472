package dev.pylogging.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pylogging.Logger;
import dev.pylogging.Logging;
import dev.pylogging.LoggingTestCase;
import dev.pylogging.handlers.SizeAndTimeRotatingFileHandler;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Size-and-time rotation and JSON lines from both configuration formats, as the starter has them. */
class ProductionOutputConfigTest extends LoggingTestCase {

    @TempDir
    Path dir;

    private TreeSet<String> files() throws Exception {
        try (Stream<Path> list = Files.list(dir)) {
            return list.map(p -> p.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new));
        }
    }

    private static void logTenRecords() {
        Logger log = Logging.getLogger("app");
        for (int i = 0; i < 10; i++) {
            log.warning("record %d of about forty bytes", i);
        }
        Logging.shutdown();
    }

    @Test
    void fileConfigBuildsASizeAndTimeHandlerWritingJsonLines() throws Exception {
        String log = dir.resolve("app.log").toString().replace("\\", "/");
        LoggingConfig.fileConfig(new StringReader("""
                [loggers]
                keys=root
                [handlers]
                keys=file
                [formatters]
                keys=json
                [logger_root]
                level=INFO
                handlers=file
                [handler_file]
                class=handlers.SizeAndTimeRotatingFileHandler
                args=('%s', 'midnight', 1, 200, 2, 0, True)
                formatter=json
                [formatter_json]
                class=JsonFormatter
                format=%%(levelname)s %%(message)s
                """.formatted(log)), Map.of());
        assertThat(Logging.getLogger().getHandlers().get(0)).isInstanceOf(SizeAndTimeRotatingFileHandler.class);
        logTenRecords();

        TreeSet<String> names = files();
        assertThat(names).hasSize(3).contains("app.log");
        assertThat(names.stream().filter(n -> !n.equals("app.log")))
                .allMatch(n -> n.matches("app\\.log\\.\\d{4}-\\d\\d-\\d\\d\\.\\d+"));
        assertThat(Files.readAllLines(dir.resolve("app.log")).get(0))
                .matches("\\{\"levelname\": \"WARNING\", \"message\": \"record \\d of about forty bytes\"}");
    }

    @Test
    void dictConfigBuildsASizeAndTimeHandlerFromKeywords() throws Exception {
        LoggingConfig.dictConfig(Map.of("version", 1,
                "handlers", Map.of("file", Map.of("class", "logging.handlers.SizeAndTimeRotatingFileHandler",
                        "filename", dir.resolve("app.log").toString(), "when", "midnight", "maxBytes", 100,
                        "backupCount", 2, "totalSizeCap", 0, "utc", true)),
                "root", Map.of("handlers", List.of("file"), "level", "INFO")));
        assertThat(Logging.getLogger().getHandlers().get(0)).isInstanceOf(SizeAndTimeRotatingFileHandler.class);
        logTenRecords();

        assertThat(files()).hasSize(3).contains("app.log");
    }

    @Test
    void aWhenThatDoesNotExistIsRefusedNamingTheValue() {
        assertThatThrownBy(() -> LoggingConfig.dictConfig(Map.of("version", 1,
                "handlers", Map.of("file", Map.of("class", "logging.handlers.SizeAndTimeRotatingFileHandler",
                        "filename", dir.resolve("app.log").toString(), "when", "fortnightly")),
                "root", Map.of("handlers", List.of("file")))))
                .hasMessageContaining("fortnightly");
        assertThat(dir.resolve("app.log")).doesNotExist();
    }
}
