package dev.pylogging.sample;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged sample application, started with {@code java -jar} as a user would. */
class SampleApplicationIT {

    private static final String TIME = "\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2},\\d{3}";
    private static final String SHORT_TIME = "\\d{2}-\\d{2} \\d{2}:\\d{2}";

    @TempDir
    Path workDir;

    /** Runs the jar in {@link #workDir} and returns its standard output lines. */
    private List<String> runSample(String... args) throws IOException, InterruptedException {
        String jar = System.getProperty("sample.jar");
        assertThat(jar).as("sample.jar, set by the failsafe configuration").isNotNull();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar));
        command.addAll(List.of(args));
        Path out = workDir.resolve("stdout.txt");
        Process process = new ProcessBuilder(command).directory(workDir.toFile())
                .redirectOutput(out.toFile()).redirectError(workDir.resolve("stderr.txt").toFile()).start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            throw new AssertionError("the sample did not exit within 120 s");
        }
        assertThat(process.exitValue()).as("exit status; stderr: %s", Files.readString(workDir.resolve("stderr.txt")))
                .isZero();
        return Files.readAllLines(out, StandardCharsets.UTF_8);
    }

    /** A line of Spring Boot or a library rather than of the documentation's examples. */
    private static boolean isSpringBoots(String line) {
        return line.startsWith("dev.pylogging.sample.SampleApplication ") || line.startsWith("org.")
                || line.startsWith("io.");
    }

    /** Starts the jar as a server on a free port and returns the process, once Tomcat reports its port. */
    private Process startServer(int[] port) throws IOException, InterruptedException {
        String jar = System.getProperty("sample.jar");
        Path out = workDir.resolve("server-stdout.txt");
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                jar, "--spring.main.web-application-type=servlet", "--server.port=0").directory(workDir.toFile())
                .redirectErrorStream(true).redirectOutput(out.toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!Files.readString(out).contains("Started SampleApplication") && System.nanoTime() < deadline
                && process.isAlive()) {
            Thread.sleep(100);
        }
        String console = Files.readString(out);
        assertThat(console).as("the sample started").contains("Started SampleApplication");
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("Tomcat started on port (\\d+)").matcher(console);
        assertThat(m.find()).as("Tomcat's port, in pylogging's console format").isTrue();
        port[0] = Integer.parseInt(m.group(1));
        return process;
    }

    private static void stop(Process process) throws InterruptedException {
        process.destroy();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("stopped within 60 s of SIGTERM").isTrue();
    }

    @Test
    void stoppedWithSigtermTheRecordsOfTheShutdownAreInTheFile() throws Exception {
        stop(startServer(new int[1]));
        assertThat(String.join("\n", log("myapp.log"))).contains(
                "org.springframework.boot.tomcat.GracefulShutdown INFO     Commencing graceful shutdown",
                "dev.pylogging.sample.DocumentationExamples INFO     DocumentationExamples stopping: records from @PreDestroy methods");
    }

    @Test
    void theLoggersEndpointReadsAndSetsPyloggingLevelsOverHttp() throws Exception {
        int[] port = new int[1];
        Process process = startServer(port);
        try {
            java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
            String base = "http://127.0.0.1:" + port[0];
            java.util.function.Function<String, String> get = path -> send(http, java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create(base + path)).GET().build()).body();
            java.util.function.BiFunction<String, String, Integer> post = (path, body) -> send(http,
                    java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + path))
                            .header("Content-Type", "application/json")
                            .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)).build()).statusCode();

            String all = get.apply("/actuator/loggers");
            assertThat(all).contains("\"levels\":[\"OFF\",\"FATAL\",\"ERROR\",\"WARN\",\"INFO\",\"DEBUG\",\"TRACE\"]",
                    "\"ROOT\":{\"configuredLevel\":\"DEBUG\",\"effectiveLevel\":\"DEBUG\"}",
                    "\"myapp.area1\":{\"effectiveLevel\":\"DEBUG\"}",
                    "\"org\":{\"configuredLevel\":\"INFO\",\"effectiveLevel\":\"INFO\"}");

            get.apply("/hello");
            assertThat(post.apply("/actuator/loggers/sample.web", "{\"configuredLevel\":\"ERROR\"}")).isEqualTo(204);
            assertThat(get.apply("/actuator/loggers/sample.web"))
                    .isEqualTo("{\"configuredLevel\":\"ERROR\",\"effectiveLevel\":\"ERROR\"}");
            get.apply("/hello");
            assertThat(post.apply("/actuator/loggers/sample.web", "{\"configuredLevel\":null}")).isEqualTo(204);
            assertThat(get.apply("/actuator/loggers/sample.web")).isEqualTo("{\"effectiveLevel\":\"DEBUG\"}");
            get.apply("/hello");

            assertThat(post.apply("/actuator/loggers/webapp", "{\"configuredLevel\":\"WARN\"}")).isEqualTo(204);
            assertThat(get.apply("/actuator/loggers/myapp.area1")).contains("\"configuredLevel\":\"WARN\"");
            assertThat(get.apply("/actuator/loggers/sample.web")).contains("\"configuredLevel\":\"WARN\"");
        } finally {
            stop(process);
        }
        // Two of the three requests logged: the one made while sample.web was at ERROR did not.
        assertThat(log("myapp.log")).filteredOn(line -> line.contains("sample.web"))
                .extracting(line -> line.substring(12))
                .containsExactly("sample.web   INFO     hello from a request", "sample.web   INFO     hello from a request");
    }

    private static java.net.http.HttpResponse<String> send(java.net.http.HttpClient http,
                                                           java.net.http.HttpRequest request) {
        try {
            return http.send(request, java.net.http.HttpResponse.BodyHandlers.ofString());
        } catch (IOException | InterruptedException e) {
            throw new AssertionError("request to " + request.uri() + " failed", e);
        }
    }

    @Test
    void theSampleCarriesNoLogback() throws Exception {
        try (java.util.jar.JarFile jarFile = new java.util.jar.JarFile(System.getProperty("sample.jar"))) {
            List<String> libs = jarFile.stream().map(java.util.jar.JarEntry::getName)
                    .filter(name -> name.startsWith("BOOT-INF/lib/")).toList();
            assertThat(libs).noneMatch(name -> name.contains("logback"))
                    .anyMatch(name -> name.contains("logging-slf4j"))
                    .anyMatch(name -> name.contains("log4j-to-slf4j"));
        }
    }

    private List<String> log(String name) throws IOException {
        return Files.readAllLines(workDir.resolve("logs").resolve(name), StandardCharsets.UTF_8);
    }

    @Test
    void consoleAndLogFilesHoldTheSeedsOutput() throws Exception {
        List<String> console = runSample();
        assertThat(console).hasSize(10);
        // Spring Boot's own start-up lines go through pylogging's console handler and format.
        assertThat(console.get(0)).startsWith("dev.pylogging.sample.SampleApplication: INFO     Starting "
                + "SampleApplication using Java");
        assertThat(console.get(2)).matches("dev\\.pylogging\\.sample\\.SampleApplication: INFO     Started "
                + "SampleApplication in .*");
        assertThat(console.subList(3, 7)).containsExactly(
                "root        : INFO     Jackdaws love my big sphinx of quartz.",
                "myapp.area1 : INFO     How quickly daft jumping zebras vex.",
                "myapp.area2 : WARNING  Jail zesty vixen who grabbed pay from quack.",
                "myapp.area2 : ERROR    The five boxing wizards jump quickly.");
        assertThat(console.get(7)).matches(TIME + " 192\\.168\\.0\\.1 fbloggs  Protocol problem: connection reset");
        assertThat(console.subList(8, 10)).containsExactly(
                "sample      : CRITICAL the sample ran; a CRITICAL record is also mailed when mail is on",
                "dev.pylogging.sample.DocumentationExamples: INFO     DocumentationExamples stopping: records from @PreDestroy methods "
                        + "are written too");

        List<String> myapp = log("myapp.log");
        assertThat(myapp).allMatch(line -> line.matches(SHORT_TIME + " .*"));
        assertThat(myapp.get(0).substring(12)).startsWith("dev.pylogging.sample.SampleApplication INFO     Starting "
                + "SampleApplication using Java");
        assertThat(myapp.stream().map(line -> line.substring(12)).filter(line -> !isSpringBoots(line)).toList())
                .containsExactly(
                "dev.pylogging.sample.DocumentationExamples DEBUG    DocumentationExamples created: records from bean constructors are "
                        + "configured too",
                "root         INFO     Jackdaws love my big sphinx of quartz.",
                "myapp.area1  DEBUG    Quick zephyrs blow, vexing daft Jim.",
                "myapp.area1  INFO     How quickly daft jumping zebras vex.",
                "myapp.area2  WARNING  Jail zesty vixen who grabbed pay from quack.",
                "myapp.area2  ERROR    The five boxing wizards jump quickly.",
                "sample       CRITICAL the sample ran; a CRITICAL record is also mailed when mail is on",
                "dev.pylogging.sample.DocumentationExamples INFO     DocumentationExamples stopping: records from @PreDestroy methods are "
                        + "written too");
        int firstRunLines = myapp.size();

        List<String> spam = log("spam.log");
        assertThat(spam).allMatch(line -> line.matches(TIME + " - .*"));
        assertThat(spam.stream().map(line -> line.substring(26)).toList()).containsExactly(
                "spam_application - INFO - creating an instance of auxiliary_module.Auxiliary",
                "spam_application.auxiliary.Auxiliary - INFO - creating an instance of Auxiliary",
                "spam_application - INFO - created an instance of auxiliary_module.Auxiliary",
                "spam_application - INFO - calling auxiliary_module.Auxiliary.do_something",
                "spam_application.auxiliary.Auxiliary - INFO - doing something",
                "spam_application.auxiliary.Auxiliary - INFO - done doing something",
                "spam_application - INFO - finished auxiliary_module.Auxiliary.do_something",
                "spam_application - INFO - calling auxiliary_module.some_function()",
                "spam_application.auxiliary - INFO - received a call to \"some_function\"",
                "spam_application - INFO - done with auxiliary_module.some_function()");

        // The documentation's rotating example: 20 records of at most 20 bytes a file, 5 backups kept.
        try (Stream<Path> files = Files.list(workDir.resolve("logs"))) {
            assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("rotating")).sorted())
                    .containsExactly("rotating.log", "rotating.log.1", "rotating.log.2", "rotating.log.3",
                            "rotating.log.4", "rotating.log.5");
        }
        assertThat(log("rotating.log")).containsExactly("i = 19");
        assertThat(log("rotating.log.1")).containsExactly("i = 17", "i = 18");
        assertThat(log("rotating.log.5")).containsExactly("i = 9", "i = 10");

        // A second start truncates myapp.log (filemode w) and appends to spam.log (mode a).
        runSample();
        assertThat(log("myapp.log")).hasSize(firstRunLines);
        assertThat(log("spam.log")).hasSize(20);
    }

    @Test
    void criticalRecordsAreMailedWhenMailIsOn() throws Exception {
        GreenMail mail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        mail.start();
        try {
            runSample("--sample.mail.enabled=true", "--sample.mail.host=127.0.0.1:" + mail.getSmtp().getPort());
            assertThat(mail.waitForIncomingEmail(5000, 1)).isTrue();
            assertThat(mail.getReceivedMessages()).hasSize(1);
            assertThat(mail.getReceivedMessages()[0].getSubject()).isEqualTo("pylogging sample-app CRITICAL");
            assertThat(((String) mail.getReceivedMessages()[0].getContent()).strip())
                    .matches(TIME + " sample CRITICAL the sample ran; a CRITICAL record is also mailed when mail is on");
        } finally {
            mail.stop();
        }
    }
}
