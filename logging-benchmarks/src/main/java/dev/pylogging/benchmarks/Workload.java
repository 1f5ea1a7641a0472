package dev.pylogging.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** What every library is asked to do, so that all three do the same work. */
public enum Workload {
    /** Each record written and handed to the OS as it is logged. */
    SYNC(true, false, false),
    /** Records collected in an 8 KiB buffer. */
    BUFFERED(false, false, false),
    /** As {@link #SYNC}, the layout adding the caller's file and line. */
    CALLER(true, true, false),
    /** As {@link #SYNC}, through a size-based rolling file (10 MiB, 5 backups). */
    ROTATING(true, false, true);

    static final long MAX_BYTES = 10L * 1024 * 1024;
    static final int BACKUPS = 5;

    final boolean immediateFlush;
    final boolean callerInfo;
    final boolean rotating;

    Workload(boolean immediateFlush, boolean callerInfo, boolean rotating) {
        this.immediateFlush = immediateFlush;
        this.callerInfo = callerInfo;
        this.rotating = rotating;
    }

    static Path tempDir(String library) {
        try {
            return Files.createTempDirectory("pylogging-bench-" + library);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
