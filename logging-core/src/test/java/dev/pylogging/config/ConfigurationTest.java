package dev.pylogging.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pylogging.Filter;
import dev.pylogging.Handler;
import dev.pylogging.Level;
import dev.pylogging.LogRecord;
import dev.pylogging.Logger;
import dev.pylogging.Logging;
import dev.pylogging.LoggingTestCase;
import dev.pylogging.RecordFilter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The built-then-applied configuration that fileConfig and the starter share. */
class ConfigurationTest extends LoggingTestCase {

    static class Quiet extends Handler {
        @Override
        public void emit(LogRecord record) {
        }
    }

    private static Configuration.LoggerSpec spec(String name, Integer level, List<String> handlers,
                                                 List<RecordFilter> filters) {
        return new Configuration.LoggerSpec(name, level, handlers, true, filters);
    }

    @Test
    void withoutARootSpecTheRootLoggerIsLeftAlone() {
        Handler existing = new Quiet();
        Logging.getLogger().addHandler(existing);
        Logging.getLogger().setLevel(Level.ERROR);
        Handler fresh = new Quiet();
        Configuration.builder().disableExistingLoggers(false).handler("h", fresh)
                .logger(spec("app", Level.DEBUG, List.of("h"), List.of())).build().apply();
        assertThat(Logging.getLogger().getHandlers()).containsExactly(existing);
        assertThat(Logging.getLogger().getLevel()).isEqualTo(Level.ERROR);
        assertThat(Logging.getLogger("app").getHandlers()).containsExactly(fresh);
    }

    @Test
    void aConfiguredLoggersFiltersAreReplaced() {
        Logger app = Logging.getLogger("app");
        app.addFilter(new Filter("old"));
        RecordFilter kept = new Filter("app");
        Configuration.builder().logger(spec("app", null, List.of(), List.of(kept))).build().apply();
        assertThat(app.getFilters()).containsExactly(kept);
    }

    @Test
    void toBuilderOverridesByNameAndDiscardClosesEveryHandler() {
        Handler first = new Quiet();
        Handler second = new Quiet();
        Configuration base = Configuration.builder().handler("h", first)
                .logger(spec("root", Level.INFO, List.of("h"), List.of())).build();
        Configuration layered = base.toBuilder().handler("h", second).build();
        assertThat(layered.getHandlers()).containsExactly(Map.entry("h", second));
        assertThat(layered.getRoot().level()).isEqualTo(Level.INFO);
        base.discard();
        assertThat(first.isClosed()).isTrue();
        assertThat(second.isClosed()).isFalse();
    }

    @Test
    void aReferenceToAMissingHandlerIsRefused() {
        assertThatThrownBy(() -> Configuration.builder().logger(spec("app", null, List.of("nope"), List.of())).build())
                .isInstanceOf(ConfigException.class)
                .hasMessage("logger 'app' refers to handler 'nope', which is not configured; configured handlers: []");
    }

    @Test
    void targetCyclesAreFound() {
        assertThat(Configuration.targetCycle("a", Map.of("a", "b", "b", "c"))).isEmpty();
        assertThat(Configuration.targetCycle("a", Map.of("a", "b", "b", "a"))).containsExactly("a", "b");
        assertThat(Configuration.targetCycle("x", Map.of("x", "a", "a", "b", "b", "a"))).containsExactly("a", "b", "x");
    }
}
