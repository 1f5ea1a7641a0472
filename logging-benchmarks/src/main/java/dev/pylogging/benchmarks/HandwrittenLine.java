package dev.pylogging.benchmarks;

import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * The benchmark line formatted by code written for it alone: the time prefix cached per second,
 * the logger name and level as fixed bytes, the message's {@code %d} and {@code %s} filled in
 * place, one {@code write(2)} per record. No logging library does less work for the same line,
 * so this is the floor under the libraries and the ceiling's nearest neighbour.
 */
final class HandwrittenLine {

    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss,")
            .withZone(ZoneId.systemDefault());

    private final FileOutputStream out;
    private final byte[] middle;
    private final byte[] line = new byte[256];
    private long second = Long.MIN_VALUE;
    private int prefixLength;

    HandwrittenLine(FileOutputStream out, String loggerName) {
        this.out = out;
        this.middle = (" - " + loggerName + " - INFO - ").getBytes(StandardCharsets.UTF_8);
    }

    /** Writes one line for {@code format} (ASCII, {@code %d} and {@code %s} only) and its arguments. */
    void info(String format, Object... args) throws IOException {
        long now = System.currentTimeMillis();
        if (now / 1000 != second) {
            second = now / 1000;
            byte[] prefix = SECONDS.format(Instant.ofEpochSecond(second)).getBytes(StandardCharsets.UTF_8);
            System.arraycopy(prefix, 0, line, 0, prefix.length);
            prefixLength = prefix.length;
        }
        int n = prefixLength;
        int millis = (int) (now % 1000);
        line[n++] = (byte) ('0' + millis / 100);
        line[n++] = (byte) ('0' + millis / 10 % 10);
        line[n++] = (byte) ('0' + millis % 10);
        System.arraycopy(middle, 0, line, n, middle.length);
        n += middle.length;
        int next = 0;
        for (int i = 0; i < format.length(); i++) {
            char c = format.charAt(i);
            if (c != '%') {
                line[n++] = (byte) c;
                continue;
            }
            String value = String.valueOf(args[next++]);
            i++;
            for (int j = 0; j < value.length(); j++) {
                line[n++] = (byte) value.charAt(j);
            }
        }
        line[n++] = '\n';
        out.write(line, 0, n);
    }
}
