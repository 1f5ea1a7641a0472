package dev.pylogging.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pylogging.CapturedStderr;
import dev.pylogging.CapturedStdout;
import dev.pylogging.Level;
import dev.pylogging.Logger;
import dev.pylogging.Logging;
import dev.pylogging.LoggingTestCase;
import dev.pylogging.Python;
import dev.pylogging.TestFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * dictConfig against CPython 3.11's: the same YAML files, loaded by {@code yaml.safe_load} and
 * {@code logging.config.dictConfig} there and by {@code LoggingConfig.dictConfig} here, give the
 * same stream output and byte-identical files for the same calls.
 */
class DictConfigTest extends LoggingTestCase {

    @TempDir
    Path dir;

    private static String resource(String name) throws IOException {
        try (InputStream in = DictConfigTest.class.getResourceAsStream("/dictconfig/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Writes the configs with {dir} filled in and returns their paths. */
    private List<Path> configs(Path folder, String... names) throws IOException {
        List<Path> paths = new ArrayList<>();
        for (String name : names) {
            Path p = dir.resolve("config-" + folder.getFileName() + "-" + name);
            Files.writeString(p, resource(name).replace("{dir}", folder.toString()));
            paths.add(p);
        }
        return paths;
    }

    private String runHere(Path folder, String... names) throws IOException {
        List<Path> configs = configs(folder, names);
        try (CapturedStdout out = new CapturedStdout(); CapturedStderr ignored = new CapturedStderr()) {
            for (Path config : configs) {
                LoggingConfig.dictConfig(config);
            }
            for (String line : resource("calls.txt").split("\n")) {
                String[] parts = line.split("\\|", 3);
                Logger logger = parts[0].equals("root") ? Logging.getLogger() : Logging.getLogger(parts[0]);
                logger.log(Logging.levelForName(parts[1]), parts[2]);
            }
            Logging.shutdown();
            return out.text();
        }
    }

    private String runInCPython(Path folder, String... names) throws IOException {
        Path calls = dir.resolve("calls.txt");
        Files.writeString(calls, resource("calls.txt"));
        List<String> args = new ArrayList<>(List.of(folder.toString(), calls.toString()));
        for (String name : names) {
            Path p = dir.resolve("python-" + name);
            Files.writeString(p, resource(name));
            args.add(p.toString());
        }
        return Python.run("dictconfig_oracle.py", "", Map.of(), args.toArray(String[]::new));
    }

    @ParameterizedTest
    @ValueSource(strings = {"django.yaml", "uvicorn.yaml", "files.yaml", "files.yaml,incremental.yaml"})
    void theSameYamlGivesTheSameOutputAndFilesAsCPython(String names) throws IOException {
        String[] files = names.split(",");
        Path here = Files.createDirectory(dir.resolve("pylogging"));
        Path there = Files.createDirectory(dir.resolve("cpython"));
        String ours = runHere(here, files);
        String theirs = runInCPython(there, files);
        assertThat(ours).isEqualTo(theirs);
        assertThat(TestFiles.contents(here)).isEqualTo(TestFiles.contents(there));
        assertThat(TestFiles.contents(here).isEmpty()).isEqualTo(names.equals("uvicorn.yaml"));
    }

    @Test
    void jsonIsReadToo() throws IOException {
        Path config = Files.writeString(dir.resolve("logging.json"), """
                {"version": 1, "root": {"level": "ERROR"}, "loggers": {"quiet": {"level": 30}}}
                """);
        LoggingConfig.dictConfig(config);
        assertThat(Logging.getLogger().getLevel()).isEqualTo(Level.ERROR);
        assertThat(Logging.getLogger("quiet").getLevel()).isEqualTo(Level.WARNING);
    }

    @Test
    void aBadValueNamesItsPathAndChangesNothing() throws IOException {
        Path live = Files.writeString(dir.resolve("live.log"), "kept\n");
        Map<String, Object> config = Map.of("version", 1, "handlers", Map.of(
                "live", Map.of("class", "logging.FileHandler", "filename", live.toString(), "mode", "w"),
                "file", Map.of("class", "logging.handlers.RotatingFileHandler", "filename",
                        dir.resolve("x.log").toString(), "maxBytes", "ten")),
                "root", Map.of("handlers", List.of("live", "file"), "level", "INFO"));
        Logging.getLogger().setLevel(Level.ERROR);
        assertThatThrownBy(() -> LoggingConfig.dictConfig(config)).isInstanceOf(ConfigException.class)
                .hasMessage("handlers.file.maxBytes: 'ten' is not an integer");
        assertThat(Files.readString(live)).isEqualTo("kept\n");
        assertThat(Logging.getLogger().getLevel()).isEqualTo(Level.ERROR);
    }

    @Test
    void aPythonOnlyClassIsRefusedByName() {
        Map<String, Object> config = Map.of("version", 1, "formatters", Map.of("default",
                Map.of("class", "uvicorn.logging.DefaultFormatter", "format", "%(message)s")));
        assertThatThrownBy(() -> LoggingConfig.dictConfig(config))
                .hasMessageStartingWith("formatters.default.class: 'uvicorn.logging.DefaultFormatter' is not a Formatter "
                        + "pylogging knows: a Python class");
    }

    @Test
    void aFactoryIsCalledOnlyWhenTheApplicationRegisteredIt() {
        Map<String, Object> config = Map.of("version", 1, "formatters", Map.of("custom",
                Map.of("()", "myapp.Upper", "prefix", ">> ")),
                "handlers", Map.of("out", Map.of("class", "logging.StreamHandler", "formatter", "custom")),
                "root", Map.of("handlers", List.of("out"), "level", "INFO"));
        assertThatThrownBy(() -> LoggingConfig.dictConfig(config))
                .hasMessageStartingWith("formatters.custom.(): 'myapp.Upper' is not a factory registered");
        LoggingConfig.registerFactory("myapp.Upper", kwargs -> new dev.pylogging.Formatter(kwargs.get("prefix")
                + "%(message)s"));
        LoggingConfig.dictConfig(config);
        assertThat(Logging.getLogger().getHandlers().get(0).getFormatter().format(
                Logging.makeLogRecord(Map.of("msg", "made")))).isEqualTo(">> made");
    }

    @Test
    void extReferencesOtherThanTheStandardStreamsAreRefused() {
        Map<String, Object> config = Map.of("version", 1, "handlers", Map.of("out",
                Map.of("class", "logging.StreamHandler", "stream", "ext://os.system")));
        assertThatThrownBy(() -> LoggingConfig.dictConfig(config))
                .hasMessageStartingWith("handlers.out.stream: 'ext://os.system' names a Python object");
    }

    @Test
    void aYamlSyntaxErrorNamesTheLine() throws IOException {
        Path config = Files.writeString(dir.resolve("broken.yaml"), "version: 1\nroot:\n  level: [INFO\n");
        assertThatThrownBy(() -> LoggingConfig.dictConfig(config)).hasMessageContaining("YAML syntax error at line");
        Path json = Files.writeString(dir.resolve("broken.json"), "{\"version\": 1,\n \"root\": }");
        assertThatThrownBy(() -> LoggingConfig.dictConfig(json))
                .hasMessageContaining("JSON syntax error at line 2, column 10");
    }

    @Test
    void aJsonFormatterIsConfiguredByItsShortName() {
        try (CapturedStdout out = new CapturedStdout()) {
            LoggingConfig.dictConfig(Map.of("version", 1,
                    "formatters", Map.of("json", Map.of("class", "JsonFormatter", "format", "%(levelname)s %(message)s")),
                    "handlers", Map.of("out", Map.of("class", "logging.StreamHandler", "stream", "ext://sys.stdout",
                            "formatter", "json")),
                    "root", Map.of("handlers", List.of("out"), "level", "INFO")));
            Logging.getLogger("app").warning("as %s", "JSON");
            Logging.shutdown();
            assertThat(out.text()).isEqualTo("{\"levelname\": \"WARNING\", \"message\": \"as JSON\"}\n");
        }
    }
}
