package dev.pylogging;

/**
 * Where {@link Formatter}'s one renderer writes a record: {@link Text}, characters, for
 * {@code format()} and charsets other than UTF-8; {@link Utf8}, bytes straight onto a stream's
 * reused line. What a step of a compiled format means is decided by the renderer; how its output
 * is stored is decided here, and nothing else.
 */
abstract sealed class RecordSink permits RecordSink.Text, RecordSink.Utf8 {

    /** Returns how much has been written: characters or bytes. */
    abstract int length();

    /** Returns true when what was written so far ends with a line feed. */
    abstract boolean endsWithNewline();

    /** Appends a literal run of the format, given as text and, pre-encoded, as UTF-8. */
    abstract void literal(String text, byte[] utf8);

    /** Appends text as it is. */
    abstract void text(String text);

    /** Appends the record's message, {@code msg % args}. */
    abstract void message(LogRecord record);

    /** Appends a rendered second, then {@code ,mmm} when {@code withMsecs}. */
    abstract void time(String text, byte[] utf8, boolean withMsecs, int msecs);

    /** Appends {@code value} converted by {@code spec}. */
    abstract void converted(ConversionSpec spec, Object value);

    /** Escapes the control characters written since {@code from}. */
    abstract void escapeFrom(int from);

    /** Wraps what was written since {@code from} in the colour of {@code level}. */
    abstract void colorFrom(int from, int level);

    /** Characters, in a builder the caller owns. */
    static final class Text extends RecordSink {
        private final StringBuilder out;

        Text(StringBuilder out) {
            this.out = out;
        }

        /** Returns the builder written to. */
        StringBuilder builder() {
            return out;
        }

        @Override
        int length() {
            return out.length();
        }

        @Override
        boolean endsWithNewline() {
            return out.length() > 0 && out.charAt(out.length() - 1) == '\n';
        }

        @Override
        void literal(String text, byte[] utf8) {
            out.append(text);
        }

        @Override
        void text(String text) {
            out.append(text);
        }

        @Override
        void message(LogRecord record) {
            record.appendMessage(out);
        }

        @Override
        void time(String text, byte[] utf8, boolean withMsecs, int msecs) {
            out.append(text);
            if (withMsecs) {
                out.append(',');
                if (msecs < 100) {
                    out.append(msecs < 10 ? "00" : "0");
                }
                out.append(msecs);
            }
        }

        @Override
        void converted(ConversionSpec spec, Object value) {
            spec.append(out, value);
        }

        @Override
        void escapeFrom(int from) {
            ControlCharacters.escape(out, from);
        }

        @Override
        void colorFrom(int from, int level) {
            LevelColors.wrap(out, from, level);
        }
    }

    /**
     * UTF-8 bytes on a reused {@link Utf8Line}, with a builder to convert fields in before they
     * are encoded.
     */
    static final class Utf8 extends RecordSink {
        private final Utf8Line line;
        private final StringBuilder scratch;

        Utf8(Utf8Line line, StringBuilder scratch) {
            this.line = line;
            this.scratch = scratch;
        }

        /** Returns the line written to. */
        Utf8Line line() {
            return line;
        }

        @Override
        int length() {
            return line.length();
        }

        @Override
        boolean endsWithNewline() {
            return line.lastByte() == '\n';
        }

        @Override
        void literal(String text, byte[] utf8) {
            line.append(utf8);
        }

        @Override
        void text(String text) {
            line.append(text);
        }

        @Override
        void message(LogRecord record) {
            record.appendMessage(line, scratch);
        }

        @Override
        void time(String text, byte[] utf8, boolean withMsecs, int msecs) {
            line.append(utf8);
            if (withMsecs) {
                line.append(',');
                line.appendThreeDigits(msecs);
            }
        }

        @Override
        void converted(ConversionSpec spec, Object value) {
            scratch.setLength(0);
            spec.append(scratch, value);
            line.append(scratch);
        }

        @Override
        void escapeFrom(int from) {
            ControlCharacters.escape(line, from);
        }

        @Override
        void colorFrom(int from, int level) {
            LevelColors.wrap(line, from, level);
        }
    }
}
