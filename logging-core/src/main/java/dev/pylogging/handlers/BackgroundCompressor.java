package dev.pylogging.handlers;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * Compresses a rotating handler's backups on a thread of its own, so that a roll costs the logging
 * thread one rename. The closed file is first renamed to {@code <backup>.pending}; the compressed
 * copy is written to {@code <backup>.part} and renamed to {@code <backup>} when complete; only then
 * is the pending file deleted. Whenever the JVM stops, every record is therefore in a pending file
 * or in a complete backup, and {@link #recover} finishes the work at the next start.
 */
final class BackgroundCompressor {

    /** The suffix of a closed log file waiting to be compressed to the name before it. */
    static final String PENDING = ".pending";

    private final Rotator compression;
    private final Path dir;
    private final String prefix;
    private final Consumer<Exception> errors;
    private final ExecutorService executor;
    private Future<?> last;
    /** Backups renamed to pending whose compression is not started yet; see {@link #startStaged}. */
    private final List<Path> staged = new ArrayList<>();
    private volatile boolean failed;

    /**
     * Creates the compressor of one handler.
     *
     * @param compression writes a file compressed to a name and deletes the file
     * @param logFile the handler's live file: its folder holds the backups, its name starts theirs
     * @param errors where a failed compression is reported
     */
    BackgroundCompressor(Rotator compression, Path logFile, Consumer<Exception> errors) {
        this.compression = compression;
        this.dir = logFile.toAbsolutePath().getParent();
        this.prefix = logFile.getFileName().toString();
        this.errors = errors;
        ThreadPoolExecutor pool = new ThreadPoolExecutor(1, 1, 10, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
            Thread t = new Thread(r, "pylogging-compress-" + prefix);
            // A JVM that stops mid-compression loses nothing: recover() finishes the work.
            t.setDaemon(true);
            return t;
        });
        pool.allowCoreThreadTimeOut(true);
        this.executor = pool;
    }

    /**
     * Renames {@code source} to {@code <dest>.pending}, to be compressed to {@code dest} in the
     * background once {@link #startStaged} is called: a handler first applies its retention,
     * which must list the backups while no compression renames them.
     *
     * @throws IOException when the rename fails; the source is then where it was
     */
    synchronized void rotate(Path source, Path dest) throws IOException {
        if (!Files.exists(source)) {
            return;
        }
        Path pending = dest.resolveSibling(dest.getFileName() + PENDING);
        Files.move(source, pending, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        // As a rename would: an older file of that name gives way, now that its successor exists.
        Files.deleteIfExists(dest);
        staged.add(pending);
    }

    /** Starts compressing every backup {@link #rotate} renamed since the last call. */
    synchronized void startStaged() {
        for (Path pending : staged) {
            last = executor.submit(() -> compress(pending));
        }
        staged.clear();
    }

    /**
     * Finishes what a stopped JVM or a failed compression left: every {@code <backup>.pending} of
     * this handler is compressed to {@code <backup>} (or deleted, when a complete backup is
     * already there), in the background.
     */
    synchronized void recover() {
        failed = false;
        last = executor.submit(() -> {
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir, prefix + ".*" + PENDING)) {
                for (Path pending : entries) {
                    compress(pending);
                }
            } catch (IOException | RuntimeException e) {
                errors.accept(e);
            }
        });
    }

    private void compress(Path pending) {
        String name = pending.getFileName().toString();
        Path dest = pending.resolveSibling(name.substring(0, name.length() - PENDING.length()));
        try {
            if (!Files.exists(pending)) {
                return;
            }
            if (Files.exists(dest)) {
                // The JVM stopped between the complete backup's rename and the pending file's deletion.
                Files.delete(pending);
                return;
            }
            compression.rotate(pending, dest);
        } catch (IOException | RuntimeException e) {
            try {
                Files.deleteIfExists(dest.resolveSibling(dest.getFileName() + ".part"));
            } catch (IOException ignored) {
                // The partial file is overwritten by the next attempt.
            }
            failed = true;
            errors.accept(new IOException("cannot compress " + pending + " to " + dest
                    + "; it stays uncompressed and is tried again at the next rollover", e));
        }
    }

    /**
     * Waits, however long it takes, until every compression started so far has ended; when one
     * failed, tries the pending files once more and waits for that too. The caller is about to
     * rename backups, which no compression may be writing.
     */
    void awaitAll() {
        startStaged();
        waitForLast();
        if (failed) {
            recover();
            waitForLast();
        }
    }

    private void waitForLast() {
        boolean interrupted = false;
        while (true) {
            try {
                Future<?> f;
                synchronized (this) {
                    f = last;
                }
                if (f != null) {
                    f.get();
                }
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            } catch (ExecutionException e) {
                break;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Waits until every compression started so far has finished, at most {@code millis}.
     *
     * @return true when none is still running
     */
    boolean await(long millis) {
        startStaged();
        Future<?> f;
        synchronized (this) {
            f = last;
        }
        if (f == null) {
            return true;
        }
        try {
            f.get(millis, TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (ExecutionException e) {
            return true;
        }
    }
}
