package dev.pylogging.handlers;

import dev.pylogging.LogRecord;
import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Rolls its file over by size: before a record would take the file to {@code maxBytes} or
 * beyond, {@code app.log} becomes {@code app.log.1}, {@code app.log.1} becomes
 * {@code app.log.2}, and so on up to {@code app.log.<backupCount>}, the oldest being dropped.
 * {@code maxBytes} 0 never rolls over. With {@code backupCount} 0 the file is reopened in place,
 * as CPython does. The size is counted as records are written, not asked of the file system.
 */
public class RotatingFileHandler extends BaseRotatingHandler {

    private final long maxBytes;
    private final int backupCount;
    /** False for a file that is not a regular file (a pipe, /dev/null): never rolled over. */
    private boolean regularFile = true;

    /**
     * Creates a handler that never rolls over, appending to {@code filename}.
     *
     * @param filename the file
     */
    public RotatingFileHandler(String filename) {
        this(filename, "a", 0, 0, null, false);
    }

    /**
     * Creates a handler appending to {@code filename}.
     *
     * @param filename the file
     * @param maxBytes the size a file may not reach; 0 never rolls over
     * @param backupCount how many backups to keep
     */
    public RotatingFileHandler(String filename, long maxBytes, int backupCount) {
        this(filename, "a", maxBytes, backupCount, null, false);
    }

    /**
     * Creates a handler with Python's parameters.
     *
     * @param filename the file
     * @param mode {@code a} or {@code w}; forced to {@code a} when {@code maxBytes} is set, as in CPython
     * @param maxBytes the size a file may not reach; 0 never rolls over
     * @param backupCount how many backups to keep
     * @param encoding a charset name, or {@code null} for UTF-8
     * @param delay true to open the file only when the first record arrives
     * @throws IllegalArgumentException naming the value when {@code maxBytes} or
     *     {@code backupCount} is negative
     */
    public RotatingFileHandler(String filename, String mode, long maxBytes, int backupCount, String encoding,
                               boolean delay) {
        super(filename, checked(maxBytes, backupCount) && maxBytes > 0 ? "a" : mode, encoding, delay);
        this.maxBytes = maxBytes;
        this.backupCount = backupCount;
        openUnlessDelayed();
    }

    private static boolean checked(long maxBytes, int backupCount) {
        if (maxBytes < 0) {
            throw new IllegalArgumentException("maxBytes must be 0 (never roll over) or positive, not " + maxBytes);
        }
        if (backupCount < 0) {
            throw new IllegalArgumentException("backupCount must be 0 or positive, not " + backupCount);
        }
        return true;
    }

    /** Returns the size a file may not reach; 0 means never roll over. */
    public long getMaxBytes() {
        return maxBytes;
    }

    /** Returns how many backups are kept. */
    public int getBackupCount() {
        return backupCount;
    }

    @Override
    protected void opened(FileOutputStream out) throws IOException {
        regularFile = Files.isRegularFile(getPath());
    }

    @Override
    protected boolean shouldRollover(LogRecord record, int length) {
        long size = streamSize();
        return maxBytes > 0 && regularFile && size + length >= maxBytes && size > 0;
    }

    @Override
    public void doRollover() throws IOException {
        closeForRollover();
        if (backupCount > 0) {
            String base = getBaseFilename();
            // The oldest goes only when there is a file to take its place.
            if (Files.isRegularFile(getPath())) {
                Files.deleteIfExists(Path.of(rotationFilename(base + "." + backupCount) + BackgroundCompressor.PENDING));
                for (int i = backupCount - 1; i > 0; i--) {
                    moveBackup(Path.of(rotationFilename(base + "." + i)), Path.of(rotationFilename(base + "." + (i + 1))));
                }
                Path first = Path.of(rotationFilename(base + ".1"));
                deleteBackup(first);
                rotate(getPath(), first);
            }
        }
        reopenAfterRollover();
    }
}
