package dev.pylogging.handlers;

import dev.pylogging.FileHandler;
import dev.pylogging.LogRecord;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Objects;

/**
 * A file handler for files that something else rotates, such as {@code logrotate}: before each
 * record it checks the file's identity (device and inode), and reopens the file when it was moved,
 * replaced or deleted, so that records go to the file now at the path.
 */
public class WatchedFileHandler extends FileHandler {

    /** The identity of the open file; guarded by the handler lock. */
    private Object fileKey;

    /**
     * Appends to {@code filename}, in UTF-8.
     *
     * @param filename the file
     */
    public WatchedFileHandler(String filename) {
        this(filename, "a", null, false);
    }

    /**
     * Creates the handler with Python's parameters.
     *
     * @param filename the file
     * @param mode {@code a} or {@code w}
     * @param encoding a charset name, or {@code null} for UTF-8
     * @param delay true to open the file only when the first record arrives
     */
    public WatchedFileHandler(String filename, String mode, String encoding, boolean delay) {
        super(filename, mode, encoding, delay);
    }

    @Override
    protected void opened(FileOutputStream out) throws IOException {
        fileKey = currentKey();
    }

    private Object currentKey() throws IOException {
        return Files.readAttributes(getPath(), BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).fileKey();
    }

    /** Reopens the file if the path no longer names the file that is open. */
    @Override
    protected boolean prepareStream(LogRecord record) {
        if (currentStream() != null) {
            Object key;
            try {
                key = currentKey();
            } catch (NoSuchFileException e) {
                key = null;
            } catch (IOException e) {
                handleError(record, new UncheckedIOException(e));
                key = fileKey;
            }
            if (!Objects.equals(key, fileKey)) {
                try {
                    closeStream();
                } catch (IOException e) {
                    handleError(record, new UncheckedIOException(e));
                }
            }
        }
        // With no stream, FileHandler opens the file at the path, creating it if it was deleted.
        return super.prepareStream(record);
    }
}
