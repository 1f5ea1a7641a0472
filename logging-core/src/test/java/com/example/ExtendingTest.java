package com.example;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pylogging.Logger;
import dev.pylogging.Logging;
import dev.pylogging.config.LoggingConfig;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The examples of docs/extending.md, written as a user outside the library's packages writes them. */
class ExtendingTest {

    @AfterEach
    void reset() {
        Logging.reset();
    }

    @Test
    void aHandlerThatKeepsRecordsSeesTheCallSite() {
        ListHandler list = new ListHandler();
        Logger log = Logging.getLogger("app");
        log.addHandler(list);
        int line = new Throwable().getStackTrace()[0].getLineNumber() + 1;
        log.warning("disk %d%% full", 91);
        log.warning("second");

        assertThat(list.records()).hasSize(2);
        assertThat(list.records().get(0).getMessage()).isEqualTo("disk 91% full");
        assertThat(list.records().get(0).getLineno()).isEqualTo(line);
        assertThat(list.records().get(0).getFuncName()).isEqualTo("aHandlerThatKeepsRecordsSeesTheCallSite");
        assertThat(list.records().get(0).getPathname()).isEqualTo("com/example/ExtendingTest.java");
        assertThat(list.records().get(1).getMessage()).isEqualTo("second");
    }

    @Test
    void fileConfigNamesTheHandlerAndFormatterByClass() {
        LoggingConfig.fileConfig(new StringReader("""
                [loggers]
                keys=root
                [handlers]
                keys=memory
                [formatters]
                keys=iso
                [logger_root]
                level=INFO
                handlers=memory
                [handler_memory]
                class=com.example.ListHandler
                args=()
                formatter=iso
                [formatter_iso]
                class=com.example.IsoTimeFormatter
                format=%(asctime)s %(levelname)s %(message)s
                """), Map.of());
        ListHandler memory = (ListHandler) Logging.getLogger().getHandlers().get(0);
        Logging.getLogger("app").info("started");

        String line = memory.getFormatter().format(memory.records().get(0));
        assertThat(line).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?Z INFO started");
    }

    @Test
    void dictConfigMakesAFilterThroughARegisteredFactory() {
        LoggingConfig.registerFactory("com.example.NoSecrets", keys -> new NoSecrets());
        LoggingConfig.dictConfig(Map.of(
                "version", 1,
                "filters", Map.of("nosecrets", Map.of("()", "com.example.NoSecrets")),
                "handlers", Map.of("memory", Map.of("class", "com.example.ListHandler", "filters", List.of("nosecrets"))),
                "root", Map.of("level", "INFO", "handlers", List.of("memory"))));
        ListHandler memory = (ListHandler) Logging.getLogger().getHandlers().get(0);
        Logging.getLogger("app").info("user %s logged in", "ann");
        Logging.getLogger("app").info("password is %s", "hunter2");

        assertThat(memory.records()).extracting(r -> r.getMessage()).containsExactly("user ann logged in");
    }
}
