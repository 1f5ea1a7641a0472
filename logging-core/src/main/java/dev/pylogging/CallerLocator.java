package dev.pylogging;

import java.util.List;
import java.util.Set;

/**
 * Finds the frame of the user's logging call: the first frame below the outermost run of
 * logging entry points ({@link Logger}, {@link Logging}, the fluent {@link LogCall}, {@link LoggerAdapter}).
 *
 * <p>Walking the stack is costly, so it happens only when a record's caller attributes are read.
 */
final class CallerLocator {

    /** Fetches 32 frames at once: an SLF4J or bridged call sits 15 to 25 frames below the walk. */
    private static final StackWalker WALKER = StackWalker.getInstance(java.util.Set.of(), 32);
    private static final Set<String> ENTRY_CLASSES = Set.of(
            Logger.class.getName(), Logging.class.getName(), ActiveLogCall.class.getName(),
            LoggerAdapter.class.getName());

    private CallerLocator() {
    }

    /**
     * Returns the user's call site on the current thread's stack, or {@link CallerInfo#UNKNOWN}:
     * below the outermost run of frames of {@code boundary} (the class of another logging API
     * that the application called), or of the logging entry points when {@code boundary} is null.
     */
    static CallerInfo locate(String boundary) {
        if (boundary == null) {
            return locate();
        }
        return WALKER.walk(frames -> {
            boolean inBoundary = false;
            for (var it = frames.iterator(); it.hasNext(); ) {
                StackWalker.StackFrame frame = it.next();
                if (frame.getClassName().equals(boundary)) {
                    inBoundary = true;
                } else if (inBoundary) {
                    return toCallerInfo(frame);
                }
            }
            return CallerInfo.UNKNOWN;
        });
    }

    /** A caller found, and the stack from it outward when it was asked for. */
    record Found(CallerInfo caller, String stack) {
    }

    /**
     * Finds the user's call site as {@link #locate(String)} does, then {@code skip} frames further
     * out (CPython's {@code stacklevel}); with {@code withStack}, also renders the stack from that
     * frame outward, most recent call last, as CPython's {@code stack_info} reads.
     */
    static Found locate(String boundary, int skip, boolean withStack) {
        return WALKER.walk(frames -> {
            List<StackWalker.StackFrame> all = frames.toList();
            int i = 0;
            boolean inEntry = false;
            for (; i < all.size(); i++) {
                String name = all.get(i).getClassName();
                boolean entry = boundary == null ? ENTRY_CLASSES.contains(name) : name.equals(boundary);
                if (entry) {
                    inEntry = true;
                } else if (inEntry) {
                    break;
                }
            }
            int at = Math.min(i + skip, all.size() - 1);
            if (i >= all.size() || at < 0) {
                return new Found(CallerInfo.UNKNOWN, null);
            }
            String stack = null;
            if (withStack) {
                StringBuilder text = new StringBuilder("Stack (most recent call last):");
                for (int j = all.size() - 1; j >= at; j--) {
                    text.append("\n  at ").append(all.get(j).toStackTraceElement());
                }
                stack = text.toString();
            }
            return new Found(toCallerInfo(all.get(at)), stack);
        });
    }

    /** Returns the user's call site on the current thread's stack, or {@link CallerInfo#UNKNOWN}. */
    static CallerInfo locate() {
        return WALKER.walk(frames -> {
            boolean inEntry = false;
            for (var it = frames.iterator(); it.hasNext(); ) {
                StackWalker.StackFrame frame = it.next();
                boolean entry = ENTRY_CLASSES.contains(frame.getClassName());
                if (entry) {
                    inEntry = true;
                } else if (inEntry) {
                    return toCallerInfo(frame);
                }
            }
            return CallerInfo.UNKNOWN;
        });
    }

    private static CallerInfo toCallerInfo(StackWalker.StackFrame frame) {
        String className = frame.getClassName();
        String file = frame.getFileName();
        String pathname;
        if (file == null) {
            pathname = CallerInfo.UNKNOWN.pathname();
        } else {
            int dot = className.lastIndexOf('.');
            pathname = dot < 0 ? file : className.substring(0, dot + 1).replace('.', '/') + file;
        }
        return new CallerInfo(pathname, Math.max(0, frame.getLineNumber()), frame.getMethodName());
    }
}
