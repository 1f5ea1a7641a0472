package dev.pylogging.benchmarks;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.LongConsumer;
import java.util.stream.Stream;

/**
 * One side of a {@link SameJvmComparison}: a library configured for a {@link Workload} in a temp
 * directory, making the benchmark call as often as asked. Public, with a constructor of strings
 * and only JDK interfaces, because each arm may be made in a class loader of its own.
 */
public final class ComparisonArm implements LongConsumer, Runnable, AutoCloseable {

    /** The libraries an arm can run. */
    static final String LIBRARIES = "pylogging, logback, log4j2, ceiling, handwritten";

    private final Path dir;
    private final boolean rolling;
    private final Runnable call;
    private final Runnable stop;

    /**
     * Configures {@code library} for {@code workload}.
     *
     * @param library one of {@value #LIBRARIES}
     * @param workload a {@link Workload} name; {@code ceiling} and {@code handwritten} take only SYNC
     * @throws IllegalArgumentException naming the library or workload that is not known
     */
    public ComparisonArm(String library, String workload) {
        Workload work = Arrays.stream(Workload.values()).filter(w -> w.name().equals(workload)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "no workload '" + workload + "': one of " + Arrays.toString(Workload.values())));
        if (!List.of(LIBRARIES.split(", ")).contains(library)) {
            throw new IllegalArgumentException("no library '" + library + "': one of " + LIBRARIES);
        }
        if ((library.equals("ceiling") || library.equals("handwritten")) && work != Workload.SYNC) {
            throw new IllegalArgumentException(library + " writes each line as it comes: SYNC only, not " + work);
        }
        this.rolling = work.rotating;
        this.dir = Workload.tempDir("arm-" + library);
        // A library that fails to start must not leave its directory behind.
        try {
            switch (library) {
                case "pylogging" -> {
                    dev.pylogging.Logger logger = PyLoggingSetup.file(work, dir);
                    call = () -> logger.info("Pack my box with %d dozen %s", 5, "liquor jugs");
                    stop = PyLoggingSetup::stop;
                }
                case "logback" -> {
                    ch.qos.logback.classic.Logger logger = LogbackSetup.file(work, dir);
                    call = () -> logger.info("Pack my box with {} dozen {}", 5, "liquor jugs");
                    stop = () -> LogbackSetup.stop(logger);
                }
                case "log4j2" -> {
                    org.apache.logging.log4j.Logger logger = Log4j2Setup.file(work, dir);
                    call = () -> logger.info("Pack my box with {} dozen {}", 5, "liquor jugs");
                    stop = () -> Log4j2Setup.stop(logger);
                }
                default -> {
                    FileOutputStream out = open(dir.resolve(library + ".log"));
                    if (library.equals("ceiling")) {
                        call = () -> write(out);
                    } else {
                        String name = "bench." + work.name().toLowerCase(Locale.ROOT);
                        HandwrittenLine line = new HandwrittenLine(out, name);
                        call = () -> handwrite(line);
                    }
                    stop = () -> close(out);
                }
            }
        } catch (RuntimeException e) {
            Workload.delete(dir);
            throw e;
        }
    }

    /** Makes the logging call {@code calls} times. */
    @Override
    public void accept(long calls) {
        for (long i = 0; i < calls; i++) {
            call.run();
        }
    }

    /**
     * Empties the arm's log files between rounds, so that every arm writes to a file of the same
     * small size and a long comparison does not fill the disk. Every library here opens its file
     * for appending, so its next write lands at the new end. Rolling files are left to roll.
     */
    @Override
    public void run() {
        if (rolling) {
            return;
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.toList()) {
                try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
                    channel.truncate(0);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stops the library and deletes its directory. */
    @Override
    public void close() {
        try {
            stop.run();
        } finally {
            Workload.delete(dir);
        }
    }

    /** The directory the arm writes in. */
    Path dir() {
        return dir;
    }

    private static FileOutputStream open(Path file) {
        try {
            return new FileOutputStream(file.toFile(), true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(FileOutputStream out) {
        try {
            out.write(CeilingBenchmark.LINE, 0, CeilingBenchmark.LINE.length);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void handwrite(HandwrittenLine line) {
        try {
            line.info("Pack my box with %d dozen %s", 5, "liquor jugs");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void close(FileOutputStream out) {
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
