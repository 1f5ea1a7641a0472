package dev.pylogging;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;

/**
 * The real programs some tests talk to: CPython as the oracle of the differential tests,
 * {@code rsyslogd} and {@code logrotate}. A test that needs one that is missing is skipped with a
 * message saying what to install, so that a plain {@code mvn test} passes on a contributor's
 * machine; {@code bash .ci/run} installs them and sets {@code -Dpeers=required}, under
 * which a missing peer fails the test instead.
 */
public final class Peers {

    private static final Map<String, String> INSTALL = Map.of(
            "python3", "install CPython 3.11 with PyYAML (apt-get install python3 python3-yaml)",
            "rsyslogd", "apt-get install rsyslog",
            "logrotate", "apt-get install logrotate");

    private static final java.util.Set<String> REPORTED = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private Peers() {
    }

    /**
     * Skips the calling test unless {@code program} can be run (from {@code PATH} or
     * {@code /usr/sbin}); fails it instead when peers are required.
     *
     * @param program {@code python3}, {@code rsyslogd} or {@code logrotate}
     */
    public static void assume(String program) {
        if (find(program) != null || "required".equals(System.getProperty("peers"))) {
            return;
        }
        String message = program + " is missing, so the tests that talk to a real " + program + " are skipped: "
                + INSTALL.getOrDefault(program, "install it") + ", or run bash .ci/run, which installs it";
        if (REPORTED.add(program)) {
            // Once per program where Maven's output shows it; each skipped test carries it too.
            System.err.println("[pylogging tests] " + message);
        }
        Assumptions.abort(message);
    }

    /** Returns where {@code program} is, or {@code null}. */
    public static Path find(String program) {
        String path = System.getenv().getOrDefault("PATH", "") + java.io.File.pathSeparator + "/usr/sbin:/sbin";
        for (String dir : path.split(java.io.File.pathSeparator)) {
            Path candidate = Path.of(dir.isEmpty() ? "." : dir, program);
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return null;
    }
}
