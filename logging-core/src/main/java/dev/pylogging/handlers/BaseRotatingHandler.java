package dev.pylogging.handlers;

import dev.pylogging.FileHandler;
import dev.pylogging.LogRecord;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.function.UnaryOperator;

/**
 * A file handler that rolls its file over: before writing a record it asks
 * {@link #shouldRollover(LogRecord, int)}, and if so {@link #doRollover()} closes the file, moves it
 * to a backup name and opens a new one. Backup names go through the {@link #setNamer namer} and
 * files are moved by the {@link #setRotator rotator}, CPython's hooks; {@link #setGzip(boolean)}
 * compresses backups on a thread of its own: a roll renames the file to
 * {@code <backup>.gz.pending} and returns, the complete {@code <backup>.gz} replaces the pending
 * file later, and a JVM that stops in between leaves the pending file, which the next
 * {@code setGzip(true)} compresses. The next roll waits for the last compression to end.
 */
public abstract class BaseRotatingHandler extends FileHandler {

    private static final Rotator RENAME = (source, dest) -> {
        if (Files.exists(source)) {
            Files.move(source, dest, StandardCopyOption.REPLACE_EXISTING);
        }
    };

    private final boolean delay;
    private volatile UnaryOperator<String> namer;
    private volatile Rotator rotator;
    private volatile BackgroundCompressor compressor;

    /**
     * Creates the handler.
     *
     * @param filename the file
     * @param mode {@code a} or {@code w}
     * @param encoding a charset name, or {@code null} for UTF-8
     * @param delay true to open the file only when the first record arrives; otherwise the
     *     subclass constructor calls {@link #openUnlessDelayed()} once it has read the file's state
     */
    protected BaseRotatingHandler(String filename, String mode, String encoding, boolean delay) {
        super(filename, mode, encoding, true);
        this.delay = delay;
    }

    /**
     * Opens the file unless {@code delay} was given; the last step of a subclass constructor.
     *
     * @throws java.io.UncheckedIOException naming the file when it cannot be opened
     */
    protected final void openUnlessDelayed() {
        if (!delay) {
            openNow();
        }
    }

    /**
     * Returns true when the file must roll over before {@code record} is written. Called with the
     * lock held, on whichever thread is writing, which may not be the one that logged
     * {@code record} (see {@link dev.pylogging.StreamHandler}).
     *
     * @param record the record
     * @param length its encoded size in bytes
     */
    protected abstract boolean shouldRollover(LogRecord record, int length);

    /**
     * Closes the file, moves it (and older backups) along, and opens a new file unless
     * {@code delay} was given. Called with the lock held, possibly on a thread writing records
     * that other threads logged.
     *
     * @throws IOException when a file cannot be moved or opened
     */
    public abstract void doRollover() throws IOException;

    @Override
    protected void beforeWrite(LogRecord record, int length) throws IOException {
        if (shouldRollover(record, length)) {
            doRollover();
        }
    }

    /**
     * Closes the current file for a rollover, writing anything buffered first, once the last
     * background compression has ended (a new backup name may be the one it writes).
     */
    protected void closeForRollover() {
        BackgroundCompressor c = compressor;
        if (c != null) {
            c.awaitAll();
        }
        try {
            closeStream();
        } catch (IOException ignored) {
            // The file is being rotated away; a failed close loses nothing already flushed.
        }
    }

    /**
     * Starts compressing the backups this rollover made, now that retention has listed them, then
     * opens the new file, unless {@code delay} defers it to the next record.
     *
     * @throws IOException when the file cannot be opened
     */
    protected void reopenAfterRollover() throws IOException {
        BackgroundCompressor c = compressor;
        if (c != null) {
            // Retention has listed the backups by now; compression may rename them from here on.
            c.startStaged();
        }
        if (!delay) {
            openStream(true);
        }
    }

    /** Returns the namer, or {@code null} when backups keep their default names. */
    public UnaryOperator<String> getNamer() {
        return namer;
    }

    /**
     * Sets a function from a backup's default name to the name to use, such as adding {@code .gz}.
     *
     * @param namer the namer, or {@code null} for default names
     */
    public void setNamer(UnaryOperator<String> namer) {
        this.namer = namer;
    }

    /** Returns the rotator, or {@code null} when backups are renamed. */
    public Rotator getRotator() {
        return rotator;
    }

    /**
     * Sets how the closed file is moved to its backup name.
     *
     * @param rotator the rotator, or {@code null} to rename
     */
    public void setRotator(Rotator rotator) {
        this.rotator = rotator;
        this.compressor = null;
    }

    /**
     * Compresses backups with gzip off the logging thread, naming them {@code <name>.gz}, or stops
     * doing so. Turning it on also compresses the {@code .gz.pending} files a stopped JVM left.
     *
     * @param gzip true to compress backups
     */
    public void setGzip(boolean gzip) {
        if (gzip) {
            Rotator gz = new GzipRotator();
            BackgroundCompressor c = new BackgroundCompressor(gz, getPath(), e -> handleError(null, e));
            this.namer = name -> name + ".gz";
            this.rotator = gz;
            this.compressor = c;
            c.recover();
        } else {
            this.namer = null;
            this.rotator = null;
            this.compressor = null;
        }
    }

    /**
     * Returns true when {@code file} is the backup {@code defaultName} names: its name through the
     * namer, or that name waiting to be compressed ({@code .pending}).
     *
     * @param file a file in the backups' folder
     * @param defaultName a backup's default name
     */
    protected boolean isBackup(Path file, String defaultName) {
        String own = rotationFilename(defaultName);
        String name = file.toString();
        return name.equals(own) || (compressor != null && name.length() == own.length() + BackgroundCompressor.PENDING.length()
                && name.startsWith(own) && name.endsWith(BackgroundCompressor.PENDING));
    }

    /**
     * Moves the backup {@code source} to {@code dest}, replacing it, with its pending twin (the
     * same file waiting to be compressed) when there is one. Called with the lock held.
     *
     * @param source a backup name, through the namer
     * @param dest the name it moves to
     * @throws IOException when a file cannot be moved
     */
    protected void moveBackup(Path source, Path dest) throws IOException {
        if (Files.exists(source)) {
            Files.move(source, dest, StandardCopyOption.REPLACE_EXISTING);
        }
        if (compressor != null) {
            Path pending = pendingTwin(source);
            if (Files.exists(pending)) {
                Files.move(pending, pendingTwin(dest), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    /**
     * Deletes the backup {@code file} and its pending twin, if any.
     *
     * @param file a backup name, through the namer
     * @throws IOException when a file cannot be deleted
     */
    protected void deleteBackup(Path file) throws IOException {
        Files.deleteIfExists(file);
        Files.deleteIfExists(pendingTwin(file));
    }

    private static Path pendingTwin(Path backup) {
        return backup.resolveSibling(backup.getFileName() + BackgroundCompressor.PENDING);
    }

    /**
     * Closes the file and waits up to 30 seconds for a background compression to end; one still
     * running then is finished at the next start.
     */
    @Override
    public void close() {
        super.close();
        BackgroundCompressor c = compressor;
        if (c != null) {
            c.await(30_000);
        }
    }

    /**
     * Returns the name a backup gets: {@code defaultName} through the namer, if any.
     *
     * @param defaultName the backup's default name
     */
    public String rotationFilename(String defaultName) {
        UnaryOperator<String> n = namer;
        return n == null ? defaultName : n.apply(defaultName);
    }

    /**
     * Moves {@code source} to {@code dest} with the rotator, or renames it.
     *
     * @param source the closed log file
     * @param dest its backup name
     * @throws IOException when it cannot be moved
     */
    public void rotate(Path source, Path dest) throws IOException {
        Rotator r = rotator;
        BackgroundCompressor c = compressor;
        if (c != null) {
            c.rotate(source, dest);
        } else {
            (r == null ? RENAME : r).rotate(source, dest);
        }
    }
}
