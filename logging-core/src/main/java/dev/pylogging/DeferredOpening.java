package dev.pylogging;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * A scope in which file handlers check their file but open nothing: what a configuration uses
 * while it is built, so that one refused for its second handler has not already truncated the
 * live log of its first, nor created a file. Handlers made in the scope open their files when
 * {@link #openPending(Collection)} is called, as the configuration is applied.
 *
 * <pre>{@code
 * try (DeferredOpening scope = DeferredOpening.begin()) {
 *     configuration = build();          // checks every file, opens none
 * }
 * DeferredOpening.openPending(configuration.getHandlers().values());
 * }</pre>
 */
public final class DeferredOpening implements AutoCloseable {

    private static final ThreadLocal<DeferredOpening> CURRENT = new ThreadLocal<>();

    private final DeferredOpening outer;
    private final boolean createMissingDirectories;

    private DeferredOpening(DeferredOpening outer, boolean createMissingDirectories) {
        this.outer = outer;
        this.createMissingDirectories = createMissingDirectories;
    }

    /** Starts a scope on the calling thread in which a file's folder must exist, as in CPython; scopes nest. */
    public static DeferredOpening begin() {
        return begin(false);
    }

    /**
     * Starts a scope on the calling thread; scopes nest.
     *
     * @param createMissingDirectories true to accept a file whose folder is missing, when the
     *     nearest existing folder above it is writable, and create the folders as the file is
     *     opened (what the Spring Boot starter does, as Spring Boot does for its log file)
     */
    public static DeferredOpening begin(boolean createMissingDirectories) {
        DeferredOpening scope = new DeferredOpening(CURRENT.get(), createMissingDirectories);
        CURRENT.set(scope);
        return scope;
    }

    /** Returns the scope open on the calling thread, or null. */
    static DeferredOpening current() {
        return CURRENT.get();
    }

    /** Returns whether files of this scope may have their missing folders created. */
    boolean createsMissingDirectories() {
        return createMissingDirectories;
    }

    /**
     * Opens the files of the handlers among {@code handlers} that were made in a scope and have
     * not opened them yet. When one cannot be opened, those opened here are closed again.
     *
     * @param handlers handlers of a configuration being applied
     * @throws UncheckedIOException naming the file that cannot be opened
     */
    public static void openPending(Collection<? extends Handler> handlers) {
        List<FileHandler> opened = new ArrayList<>();
        try {
            for (Handler handler : handlers) {
                if (handler instanceof FileHandler file && file.openIfPending()) {
                    opened.add(file);
                }
            }
        } catch (RuntimeException e) {
            opened.forEach(FileHandler::close);
            throw e;
        }
    }

    /** Ends this scope. */
    @Override
    public void close() {
        if (outer == null) {
            CURRENT.remove();
        } else {
            CURRENT.set(outer);
        }
    }
}
