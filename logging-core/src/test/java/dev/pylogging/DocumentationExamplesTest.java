package dev.pylogging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The examples of the Python logging documentation that use only the core, reproducing the output it prints. */
class DocumentationExamplesTest extends LoggingTestCase {

    private static final String TIME = "\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2},\\d{3}";

    @TempDir
    Path dir;

    private static List<String> lines(Path file) throws IOException {
        return Files.readAllLines(file, StandardCharsets.UTF_8);
    }

    private static List<String> lines(ByteArrayOutputStream out) {
        return out.toString(StandardCharsets.UTF_8).lines().toList();
    }

    @Test
    void simpleExampleAppendsToTheFileOnEveryRun() throws IOException {
        Path log = dir.resolve("logging_example.out");
        for (int run = 0; run < 2; run++) {
            Logging.reset();
            Logging.basicConfig(BasicConfig.builder().filename(log.toString()).level(Level.DEBUG).build());
            Logging.debug("This message should go to the log file");
        }
        assertThat(lines(log)).containsExactly(
                "DEBUG:root:This message should go to the log file",
                "DEBUG:root:This message should go to the log file");
    }

    @Test
    void filemodeWStartsANewFileEachRun() throws IOException {
        Path log = dir.resolve("logging_example.out");
        for (int run = 0; run < 3; run++) {
            Logging.reset();
            Logging.basicConfig(BasicConfig.builder().filename(log.toString()).filemode("w").level(Level.DEBUG).build());
            Logging.debug("run %d", run);
        }
        assertThat(lines(log)).containsExactly("DEBUG:root:run 2");
    }

    @ParameterizedTest
    @CsvSource({"debug,5", "info,4", "warning,3", "error,2", "critical,1", "no-such-level,5"})
    void loggingLevelExampleShowsTheMessagesAtAndAboveTheLevel(String levelName, int shown) {
        Map<String, Integer> levels = Map.of("debug", Level.DEBUG, "info", Level.INFO, "warning", Level.WARNING,
                "error", Level.ERROR, "critical", Level.CRITICAL);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Logging.basicConfig(BasicConfig.builder().level(levels.getOrDefault(levelName, Level.NOTSET)).stream(out).build());
        Logging.debug("This is a debug message");
        Logging.info("This is an info message");
        Logging.warning("This is a warning message");
        Logging.error("This is an error message");
        Logging.critical("This is a critical error message");
        List<String> all = List.of(
                "DEBUG:root:This is a debug message",
                "INFO:root:This is an info message",
                "WARNING:root:This is a warning message",
                "ERROR:root:This is an error message",
                "CRITICAL:root:This is a critical error message");
        assertThat(lines(out)).isEqualTo(all.subList(5 - shown, 5));
    }

    @Test
    void loggersOfTwoModulesNameThemselves() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Logging.basicConfig(BasicConfig.builder().level(Level.WARNING).stream(out).build());
        Logger logger1 = Logging.getLogger("package1.module1");
        Logger logger2 = Logging.getLogger("package2.module2");
        logger1.warning("This message comes from one module");
        logger2.warning("And this message comes from another module");
        assertThat(lines(out)).containsExactly(
                "WARNING:package1.module1:This message comes from one module",
                "WARNING:package2.module2:And this message comes from another module");
    }

    @Test
    void simpleLoggingModuleWritesFiveTimestampedLines() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Logger logger = Logging.getLogger("simple_example");
        logger.setLevel(Level.DEBUG);
        StreamHandler ch = new StreamHandler(out);
        ch.setLevel(Level.DEBUG);
        ch.setFormatter(new Formatter("%(asctime)s - %(name)s - %(levelname)s - %(message)s"));
        logger.addHandler(ch);
        logger.debug("debug message");
        logger.info("info message");
        logger.warn("warn message");
        logger.error("error message");
        logger.critical("critical message");
        List<String> lines = lines(out);
        assertThat(lines).hasSize(5);
        String[] expected = {"DEBUG - debug message", "INFO - info message", "WARNING - warn message",
            "ERROR - error message", "CRITICAL - critical message"};
        for (int i = 0; i < 5; i++) {
            assertThat(lines.get(i)).matches(TIME + " - simple_example - " + expected[i]);
        }
    }

    @Test
    void basicExampleShowsOnlyTheWarningOnStderr() {
        try (CapturedStderr err = new CapturedStderr()) {
            Logging.debug("A debug message");
            Logging.info("Some information");
            Logging.warning("A shot across the bows");
            assertThat(err.text()).isEqualTo("WARNING:root:A shot across the bows\n");
        }
    }

    @Test
    void basicConfigWithFormatWritesTimestampedLinesToTheFile() throws IOException {
        Path log = dir.resolve("myapp.log");
        Logging.basicConfig(BasicConfig.builder().level(Level.DEBUG).format("%(asctime)s %(levelname)s %(message)s")
                .filename(log.toString()).filemode("w").build());
        Logging.debug("A debug message");
        Logging.info("Some information");
        Logging.warning("A shot across the bows");
        List<String> lines = lines(log);
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).matches(TIME + " DEBUG A debug message");
        assertThat(lines.get(1)).matches(TIME + " INFO Some information");
        assertThat(lines.get(2)).matches(TIME + " WARNING A shot across the bows");
    }

    @Test
    void basicConfigWithDatefmtUsesStrftime() throws IOException {
        Path log = dir.resolve("myapp.log");
        Logging.basicConfig(BasicConfig.builder().level(Level.DEBUG).format("%(asctime)s %(levelname)-8s %(message)s")
                .datefmt("%a, %d %b %Y %H:%M:%S").filename(log.toString()).filemode("w").build());
        Logging.debug("A debug message");
        Logging.info("Some information");
        Logging.warning("A shot across the bows");
        String date = "(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \\d{2} [A-Z][a-z]{2} \\d{4} \\d{2}:\\d{2}:\\d{2}";
        assertThat(lines(log)).satisfiesExactly(
                l -> assertThat(l).matches(date + " DEBUG    A debug message"),
                l -> assertThat(l).matches(date + " INFO     Some information"),
                l -> assertThat(l).matches(date + " WARNING  A shot across the bows"));
    }

    @Test
    void variableInformationIsMergedIntoTheMessage() throws IOException {
        Path log = dir.resolve("myapp.log");
        Logging.basicConfig(BasicConfig.builder().level(Level.DEBUG).format("%(asctime)s %(levelname)-8s %(message)s")
                .datefmt("%a, %d %b %Y %H:%M:%S").filename(log.toString()).filemode("w").build());
        Logging.error("Pack my box with %d dozen %s", 5, "liquor jugs");
        assertThat(lines(log)).singleElement().asString()
                .matches("[A-Z][a-z]{2}, \\d{2} [A-Z][a-z]{2} \\d{4} \\d{2}:\\d{2}:\\d{2} ERROR    Pack my box with 5 dozen liquor jugs");
    }

    @Test
    void loggingToMultipleDestinations() throws IOException {
        Path log = dir.resolve("myapp.log");
        Logging.basicConfig(BasicConfig.builder().level(Level.DEBUG)
                .format("%(asctime)s %(name)-12s %(levelname)-8s %(message)s").datefmt("%m-%d %H:%M")
                .filename(log.toString()).filemode("w").build());
        ByteArrayOutputStream consoleOut = new ByteArrayOutputStream();
        StreamHandler console = new StreamHandler(consoleOut);
        console.setLevel(Level.INFO);
        console.setFormatter(new Formatter("%(name)-12s: %(levelname)-8s %(message)s"));
        Logging.getLogger("").addHandler(console);

        Logging.info("Jackdaws love my big sphinx of quartz.");
        Logger logger1 = Logging.getLogger("myapp.area1");
        Logger logger2 = Logging.getLogger("myapp.area2");
        logger1.debug("Quick zephyrs blow, vexing daft Jim.");
        logger1.info("How quickly daft jumping zebras vex.");
        logger2.warning("Jail zesty vixen who grabbed pay from quack.");
        logger2.error("The five boxing wizards jump quickly.");

        assertThat(lines(consoleOut)).containsExactly(
                "root        : INFO     Jackdaws love my big sphinx of quartz.",
                "myapp.area1 : INFO     How quickly daft jumping zebras vex.",
                "myapp.area2 : WARNING  Jail zesty vixen who grabbed pay from quack.",
                "myapp.area2 : ERROR    The five boxing wizards jump quickly.");
        String when = "\\d{2}-\\d{2} \\d{2}:\\d{2} ";
        assertThat(lines(log)).satisfiesExactly(
                l -> assertThat(l).matches(when + "root         INFO     Jackdaws love my big sphinx of quartz\\."),
                l -> assertThat(l).matches(when + "myapp\\.area1  DEBUG    Quick zephyrs blow, vexing daft Jim\\."),
                l -> assertThat(l).matches(when + "myapp\\.area1  INFO     How quickly daft jumping zebras vex\\."),
                l -> assertThat(l).matches(when + "myapp\\.area2  WARNING  Jail zesty vixen who grabbed pay from quack\\."),
                l -> assertThat(l).matches(when + "myapp\\.area2  ERROR    The five boxing wizards jump quickly\\."));
    }

    @Test
    void extraAttributesReachTheFormat() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Logging.basicConfig(BasicConfig.builder().format("%(asctime)-15s %(clientip)s %(user)-8s %(message)s")
                .stream(out).build());
        Logger logger = Logging.getLogger("tcpserver");
        logger.atWarning().extra(Map.of("clientip", "192.168.0.1", "user", "fbloggs"))
                .log("Protocol problem: %s", "connection reset");
        Logging.getLogger().atWarning().extra("clientip", "192.168.0.1").extra("user", "fbloggs")
                .log("Protocol problem: %s", "connection reset");
        assertThat(lines(out)).hasSize(2).allSatisfy(line ->
                assertThat(line).matches(TIME + " 192\\.168\\.0\\.1 fbloggs  Protocol problem: connection reset"));
    }

    @Test
    void aParentConfiguredInOneModuleHandlesItsChildrenInAnother() throws IOException {
        Path spamLog = dir.resolve("spam.log");
        ByteArrayOutputStream consoleOut = new ByteArrayOutputStream();
        Logger logger = Logging.getLogger("spam_application");
        logger.setLevel(Level.DEBUG);
        FileHandler fh = new FileHandler(spamLog.toString());
        fh.setLevel(Level.DEBUG);
        StreamHandler ch = new StreamHandler(consoleOut);
        ch.setLevel(Level.ERROR);
        Formatter formatter = new Formatter("%(asctime)s - %(name)s - %(levelname)s - %(message)s");
        fh.setFormatter(formatter);
        ch.setFormatter(formatter);
        logger.addHandler(fh);
        logger.addHandler(ch);

        logger.info("creating an instance of auxiliary_module.Auxiliary");
        Auxiliary a = new Auxiliary();
        logger.info("created an instance of auxiliary_module.Auxiliary");
        logger.info("calling auxiliary_module.Auxiliary.do_something");
        a.doSomething();
        logger.info("finished auxiliary_module.Auxiliary.do_something");
        logger.info("calling auxiliary_module.some_function()");
        Auxiliary.someFunction();
        logger.info("done with auxiliary_module.some_function()");

        String[] expected = {
            "spam_application - INFO - creating an instance of auxiliary_module.Auxiliary",
            "spam_application.auxiliary.Auxiliary - INFO - creating an instance of Auxiliary",
            "spam_application - INFO - created an instance of auxiliary_module.Auxiliary",
            "spam_application - INFO - calling auxiliary_module.Auxiliary.do_something",
            "spam_application.auxiliary.Auxiliary - INFO - doing something",
            "spam_application.auxiliary.Auxiliary - INFO - done doing something",
            "spam_application - INFO - finished auxiliary_module.Auxiliary.do_something",
            "spam_application - INFO - calling auxiliary_module.some_function()",
            "spam_application.auxiliary - INFO - received a call to \"some_function\"",
            "spam_application - INFO - done with auxiliary_module.some_function()",
        };
        List<String> lines = lines(spamLog);
        assertThat(lines).hasSize(expected.length);
        for (int i = 0; i < expected.length; i++) {
            assertThat(lines.get(i)).matches(TIME + " - " + Pattern.quote(expected[i]));
        }
        assertThat(consoleOut.size()).isZero();
    }

    /** The documentation's {@code auxiliary_module}. */
    static final class Auxiliary {
        private static final Logger MODULE_LOGGER = Logging.getLogger("spam_application.auxiliary");
        private final Logger logger = Logging.getLogger("spam_application.auxiliary.Auxiliary");

        Auxiliary() {
            logger.info("creating an instance of Auxiliary");
        }

        void doSomething() {
            logger.info("doing something");
            logger.info("done doing something");
        }

        static void someFunction() {
            MODULE_LOGGER.info("received a call to \"some_function\"");
        }
    }
}
