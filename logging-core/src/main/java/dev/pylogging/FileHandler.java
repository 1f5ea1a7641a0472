package dev.pylogging;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Writes records to a file: appended to ({@code mode "a"}, the default) or truncated first
 * ({@code "w"}). A missing folder is an error, as in CPython. With {@code delay}, the file is opened
 * by the first record; if it cannot be opened then, the error goes to {@link #handleError} and
 * the next record tries again. After a failed write (a full disk), what it left of a line is
 * cut off before the next record, so the file goes on with whole lines.
 */
public class FileHandler extends StreamHandler {

    private final Path path;
    private final String mode;
    private final Charset charset;
    /** Set while the opening of the file is deferred by a {@link DeferredOpening} scope; guarded by the lock. */
    private boolean pendingOpen;
    /** Whether a deferred opening creates the file's missing folders first. */
    private boolean createDirectories;
    /** Set when a write failed and may have left part of a line; guarded by the lock. */
    private boolean torn;

    /**
     * Opens {@code filename} for appending, in UTF-8.
     *
     * @param filename the file
     * @throws UncheckedIOException naming the file when it cannot be opened
     */
    public FileHandler(String filename) {
        this(filename, "a", null, false);
    }

    /**
     * Opens {@code filename} in UTF-8.
     *
     * @param filename the file
     * @param mode {@code "a"} to append, {@code "w"} to truncate first
     * @throws UncheckedIOException naming the file when it cannot be opened
     * @throws IllegalArgumentException naming the mode when it is neither {@code a} nor {@code w}
     */
    public FileHandler(String filename, String mode) {
        this(filename, mode, null, false);
    }

    /**
     * Opens {@code filename}.
     *
     * @param filename the file
     * @param mode {@code "a"} to append, {@code "w"} to truncate first
     * @param encoding a charset name; {@code null} means UTF-8
     * @throws UncheckedIOException naming the file when it cannot be opened
     * @throws IllegalArgumentException naming the mode or encoding when it is unknown
     */
    public FileHandler(String filename, String mode, String encoding) {
        this(filename, mode, encoding, false);
    }

    /**
     * Creates a handler for {@code filename}, opened now or, with {@code delay}, by the first record.
     *
     * @param filename the file
     * @param mode {@code "a"} to append, {@code "w"} to truncate first; {@code null} means {@code a}
     * @param encoding a charset name; {@code null} means UTF-8
     * @param delay true to open the file only when the first record arrives
     * @throws UncheckedIOException naming the file when it cannot be opened now
     * @throws IllegalArgumentException naming the mode or encoding when it is unknown
     */
    public FileHandler(String filename, String mode, String encoding, boolean delay) {
        super(OutputStream.nullOutputStream());
        if (filename == null || filename.isBlank()) {
            throw new IllegalArgumentException("FileHandler needs a file name, not " + PyRepr.repr(filename));
        }
        this.path = Path.of(filename).toAbsolutePath().normalize();
        this.mode = mode == null ? "a" : mode;
        if (!this.mode.equals("a") && !this.mode.equals("w")) {
            throw new IllegalArgumentException("Unknown file mode '" + mode + "' for " + path
                    + ": expected 'a' (append) or 'w' (truncate)");
        }
        this.charset = charsetOf(encoding);
        setEncoding(charset);
        acquire();
        try {
            replaceStream(null);
        } finally {
            release();
        }
        if (!delay) {
            openNow();
        }
    }

    /**
     * Opens the file if its opening was deferred by a {@link DeferredOpening} scope.
     *
     * @return true when it opened the file here
     * @throws UncheckedIOException naming the file when it cannot be opened
     */
    boolean openIfPending() {
        if (!pendingOpen) {
            return false;
        }
        pendingOpen = false;
        try {
            createFolderIfAsked();
        } catch (IOException e) {
            throw new UncheckedIOException(cannotOpen(e), e);
        }
        openNow();
        return true;
    }

    /**
     * Checks, without creating or changing anything, that the file could be opened: its folder
     * exists, and the file, or the folder for a new file, is writable.
     *
     * @throws UncheckedIOException naming the file and the reason when it could not
     */
    private void checkOpenable() {
        Path parent = path.getParent();
        String reason = null;
        if (Files.isDirectory(path)) {
            reason = "Is a directory";
        } else if (parent != null && !Files.isDirectory(parent) && !createDirectories) {
            reason = "No such file or directory";
        } else if (!Files.isDirectory(nearestExisting(parent))) {
            reason = "Not a directory";
        } else if (Files.exists(path) ? !Files.isWritable(path) : !Files.isWritable(nearestExisting(parent))) {
            reason = "Permission denied";
        }
        if (reason != null) {
            IOException e = new IOException(path + " (" + reason + ")");
            throw new UncheckedIOException(cannotOpen(e), e);
        }
    }

    private void createFolderIfAsked() throws IOException {
        Path parent = path.getParent();
        if (createDirectories && parent != null && !Files.isDirectory(parent)) {
            Files.createDirectories(parent);
        }
    }

    private static Path nearestExisting(Path folder) {
        Path p = folder == null ? Path.of("").toAbsolutePath() : folder;
        while (p.getParent() != null && !Files.exists(p)) {
            p = p.getParent();
        }
        return p;
    }

    /**
     * Opens the file now, for constructors: a subclass that must inspect the file first passes
     * {@code delay} to this class and calls this when ready.
     *
     * @throws UncheckedIOException naming the file when it cannot be opened
     */
    protected final void openNow() {
        DeferredOpening scope = DeferredOpening.current();
        if (scope != null) {
            createDirectories = scope.createsMissingDirectories();
            checkOpenable();
            pendingOpen = true;
            return;
        }
        acquire();
        try {
            openStream();
        } catch (IOException e) {
            throw new UncheckedIOException(cannotOpen(e), e);
        } finally {
            release();
        }
    }

    private static Charset charsetOf(String encoding) {
        if (encoding == null || encoding.isEmpty()) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(encoding);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new IllegalArgumentException("Unknown encoding '" + encoding + "'", e);
        }
    }

    /** Returns the absolute path of the file. */
    public String getBaseFilename() {
        return path.toString();
    }

    /** Returns the absolute path of the file. */
    public Path getPath() {
        return path;
    }

    /** Returns the mode the file was opened with: {@code a} or {@code w}. */
    public String getMode() {
        return mode;
    }

    /**
     * Opens the file in this handler's mode; a missing folder is an error, as in CPython. Called with
     * the lock held; subclasses open rotated files through it.
     *
     * @throws IOException when the file cannot be opened
     */
    protected OutputStream open() throws IOException {
        return open(mode.equals("a"));
    }

    /**
     * Opens the file for appending or truncated.
     *
     * @param append true to append
     * @throws IOException when the file cannot be opened
     */
    protected OutputStream open(boolean append) throws IOException {
        FileOutputStream out = new FileOutputStream(path.toFile(), append);
        opened(out);
        return out;
    }

    /** Opens the file with {@link #open()}, in this handler's mode, and makes it the stream; see {@link #openStream(boolean)}. */
    private void openStream() throws IOException {
        OutputStream out = open();
        replaceStream(out, mode.equals("a") ? sizeOrZero() : 0);
    }

    /**
     * Opens the file with {@link #open(boolean)} and makes it the stream, telling the stream
     * handler where its next byte lands, so that buffered writes end on page boundaries. Called
     * with the lock held.
     *
     * @param append true to append, false to truncate
     * @throws IOException when the file cannot be opened
     */
    protected final void openStream(boolean append) throws IOException {
        OutputStream out = open(append);
        replaceStream(out, append ? sizeOrZero() : 0);
    }

    /**
     * Returns the size of the file, or 0 when it has none (a device or pipe) or cannot be read;
     * asked of the path, because a {@code FileChannel} closes the file when the calling thread
     * is interrupted.
     */
    protected long sizeOrZero() {
        try {
            return Files.isRegularFile(path) ? Files.size(path) : 0;
        } catch (IOException e) {
            return 0;
        }
    }

    /**
     * Told that the file was (re)opened, so subclasses can note its size or identity.
     *
     * @param out the new stream, positioned at its end when appending
     * @throws IOException when the stream cannot be inspected
     */
    protected void opened(FileOutputStream out) throws IOException {
    }

    /** Returns the error message for a file that cannot be opened. */
    protected String cannotOpen(IOException e) {
        String reason = e.getMessage();
        String prefix = path + " (";
        if (reason != null && reason.startsWith(prefix) && reason.endsWith(")")) {
            reason = reason.substring(prefix.length(), reason.length() - 1);
        }
        return "Cannot open log file '" + path + "' " + (mode.equals("a") ? "for appending" : "for writing")
                + ": " + (e instanceof java.nio.file.FileSystemException ? e.getClass().getSimpleName() + " " : "")
                + reason;
    }

    /**
     * Opens the file if it is not open (with {@code delay}, or after {@link #close()} in mode
     * {@code a}); a file that cannot be opened is reported, and the next record tries again.
     */
    @Override
    protected boolean prepareStream(LogRecord record) {
        if (torn && currentStream() != null) {
            torn = false;
            try {
                repairLastLine();
            } catch (IOException e) {
                handleError(record, new UncheckedIOException("Cannot repair the last line of " + path + ": "
                        + e.getMessage(), e));
            }
        }
        if (currentStream() == null) {
            if (mode.equals("w") && isClosed()) {
                return false;
            }
            try {
                createFolderIfAsked();
                openStream();
                markOpen();
            } catch (IOException e) {
                handleError(record, new UncheckedIOException(cannotOpen(e), e));
                return false;
            }
        }
        return true;
    }

    @Override
    protected void writeFailed() {
        torn = true;
    }

    /**
     * Cuts off what a failed write left after the file's last complete line, so that the next
     * record starts a line of its own instead of being glued to half of another. Looks back at
     * most 1 MiB: a file that holds only part of a first line is emptied; a longer tail with no
     * line end is left as it is.
     */
    private void repairLastLine() throws IOException {
        if (!(currentStream() instanceof FileOutputStream out) || !getTerminator().endsWith("\n")) {
            return;
        }
        FileChannel channel = out.getChannel();
        long size = channel.size();
        long floor = Math.max(0, size - (1 << 20));
        ByteBuffer chunk = ByteBuffer.allocate(8192);
        // The stream's own channel is write-only.
        try (FileChannel reader = FileChannel.open(path, StandardOpenOption.READ)) {
            for (long end = size; end > floor; ) {
                long start = Math.max(floor, end - chunk.capacity());
                chunk.clear().limit((int) (end - start));
                readFully(reader, chunk, start);
                for (int i = chunk.position() - 1; i >= 0; i--) {
                    if (chunk.get(i) == '\n') {
                        cutTo(out, channel, start + i + 1, size);
                        return;
                    }
                }
                end = start;
            }
        }
        if (floor == 0) {
            cutTo(out, channel, 0, size);
        }
    }

    private static void readFully(FileChannel channel, ByteBuffer chunk, long at) throws IOException {
        while (chunk.hasRemaining()) {
            if (channel.read(chunk, at + chunk.position()) < 0) {
                return;
            }
        }
    }

    private void cutTo(FileOutputStream out, FileChannel channel, long keep, long size) throws IOException {
        if (keep < size) {
            channel.truncate(keep);
            // A file opened with "w" writes at its own position, which must not stay past the end.
            channel.position(keep);
            replaceStream(out, keep);
        }
    }

    /** Flushes and closes the file; a later record in mode {@code a} opens it again. */
    @Override
    public void close() {
        acquire();
        try {
            closeStream();
        } catch (IOException e) {
            handleError(null, new UncheckedIOException(e));
        } finally {
            release();
        }
        super.close();
    }

    /**
     * Writes what is buffered and closes the file, leaving no stream open; the next record opens
     * it again. Called with the lock held, by {@link #close()} and by subclasses that rotate or
     * reopen the file.
     *
     * @throws IOException when closing fails; the stream is dropped all the same
     */
    protected void closeStream() throws IOException {
        OutputStream out = currentStream();
        if (out != null) {
            flushQuietly();
            replaceStream(null);
            out.close();
        }
    }

    @Override
    protected String streamName() {
        return path.toString();
    }
}
