package dev.pylogging;

import java.io.OutputStream;
import java.util.List;

/**
 * The options of {@link Logging#basicConfig(BasicConfig)}, Python's keyword arguments:
 * {@code BasicConfig.builder().filename("app.log").filemode("w").level(Level.DEBUG).build()}.
 */
public final class BasicConfig {

    /** The format {@code basicConfig} uses when none is given. */
    public static final String BASIC_FORMAT = "%(levelname)s:%(name)s:%(message)s";

    private final String filename;
    private final String filemode;
    private final String format;
    private final String datefmt;
    private final Integer level;
    private final OutputStream stream;
    private final String encoding;
    private final boolean force;
    private final List<Handler> handlers;

    private BasicConfig(Builder b) {
        this.filename = b.filename;
        this.filemode = b.filemode;
        this.format = b.format;
        this.datefmt = b.datefmt;
        this.level = b.level;
        this.stream = b.stream;
        this.encoding = b.encoding;
        this.force = b.force;
        this.handlers = b.handlers;
    }

    /** Returns a builder with every option unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns the file to log to, or {@code null} to log to the stream. */
    public String getFilename() {
        return filename;
    }

    /** Returns the file mode, {@code a} unless set. */
    public String getFilemode() {
        return filemode;
    }

    /** Returns the format, or {@code null} for {@link #BASIC_FORMAT}. */
    public String getFormat() {
        return format;
    }

    /** Returns the date format, or {@code null} for the default. */
    public String getDatefmt() {
        return datefmt;
    }

    /** Returns the root level to set, or {@code null} to leave it. */
    public Integer getLevel() {
        return level;
    }

    /** Returns the stream to log to, or {@code null} for {@code System.err}. */
    public OutputStream getStream() {
        return stream;
    }

    /** Returns the file encoding, or {@code null} for UTF-8. */
    public String getEncoding() {
        return encoding;
    }

    /** Returns true when existing root handlers are removed and closed first. */
    public boolean isForce() {
        return force;
    }

    /** Returns the handlers to add instead of a stream or file handler, or {@code null}. */
    public List<Handler> getHandlers() {
        return handlers;
    }

    /** Builds {@link BasicConfig}; every option is optional. */
    public static final class Builder {
        private String filename;
        private String filemode = "a";
        private String format;
        private String datefmt;
        private Integer level;
        private String levelName;
        private OutputStream stream;
        private String encoding;
        private boolean force;
        private List<Handler> handlers;

        private Builder() {
        }

        /**
         * Logs to this file through a {@link FileHandler}, instead of a stream.
         *
         * @param filename the file
         */
        public Builder filename(String filename) {
            this.filename = filename;
            return this;
        }

        /**
         * Sets the file mode: {@code a} (the default) appends, {@code w} truncates.
         *
         * @param filemode {@code a} or {@code w}
         */
        public Builder filemode(String filemode) {
            this.filemode = filemode;
            return this;
        }

        /**
         * Sets the format of the handler's formatter.
         *
         * @param format a record format such as {@code "%(asctime)s %(message)s"}
         */
        public Builder format(String format) {
            this.format = format;
            return this;
        }

        /**
         * Sets the {@code strftime} date format.
         *
         * @param datefmt the date format
         */
        public Builder datefmt(String datefmt) {
            this.datefmt = datefmt;
            return this;
        }

        /**
         * Sets the root logger's level.
         *
         * @param level a level number
         */
        public Builder level(int level) {
            this.level = level;
            this.levelName = null;
            return this;
        }

        /**
         * Sets the root logger's level by name; checked by {@link #build()}.
         *
         * @param level a level name or number
         */
        public Builder level(String level) {
            this.levelName = level;
            this.level = null;
            return this;
        }

        /**
         * Logs to this stream; refused beside a file name, as in CPython 3.
         *
         * @param stream the stream
         */
        public Builder stream(OutputStream stream) {
            this.stream = stream;
            return this;
        }

        /**
         * Sets the file's encoding.
         *
         * @param encoding a charset name
         */
        public Builder encoding(String encoding) {
            this.encoding = encoding;
            return this;
        }

        /**
         * Removes and closes the root's handlers first, so that the configuration always applies.
         *
         * @param force true to replace existing handlers
         */
        public Builder force(boolean force) {
            this.force = force;
            return this;
        }

        /**
         * Adds these handlers instead of a stream or file handler; those without a formatter get
         * the configured one.
         *
         * @param handlers the handlers
         */
        public Builder handlers(List<Handler> handlers) {
            this.handlers = handlers == null ? null : List.copyOf(handlers);
            return this;
        }

        /**
         * Returns the options.
         *
         * @throws IllegalArgumentException for an unknown level, or handlers given with a file
         *     name or stream
         */
        public BasicConfig build() {
            if (levelName != null) {
                level = Logging.levelForName(levelName);
            }
            if (filename != null && stream != null) {
                throw new IllegalArgumentException("'stream' and 'filename' should not be specified together");
            }
            if (handlers != null && (filename != null || stream != null)) {
                throw new IllegalArgumentException("'handlers' cannot be given with 'filename' or 'stream'");
            }
            return new BasicConfig(this);
        }
    }
}
