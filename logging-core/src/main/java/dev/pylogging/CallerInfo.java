package dev.pylogging;

/**
 * Where a logging call was made: the source path, line and method, as {@link Logger#findCaller()}
 * returns them.
 *
 * @param pathname the source path as {@code package/dirs/File.java}, or {@code "(unknown file)"}
 * @param lineno the line number, or 0 when unknown
 * @param funcName the method name, or {@code "(unknown function)"}
 */
public record CallerInfo(String pathname, int lineno, String funcName) {

    /** The value CPython uses when no caller can be found. */
    public static final CallerInfo UNKNOWN = new CallerInfo("(unknown file)", 0, "(unknown function)");

    /** Returns the file name portion of {@link #pathname()}. */
    public String filename() {
        int slash = pathname.lastIndexOf('/');
        return slash < 0 ? pathname : pathname.substring(slash + 1);
    }

    /** Returns the file name without its extension, as Python's {@code module} attribute. */
    public String module() {
        String filename = filename();
        int dot = filename.lastIndexOf('.');
        return dot <= 0 ? filename : filename.substring(0, dot);
    }
}
