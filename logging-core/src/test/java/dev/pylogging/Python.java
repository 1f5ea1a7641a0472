package dev.pylogging;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs CPython ({@code python3}) on a test resource script: the oracle for differential tests. */
public final class Python {

    private Python() {
    }

    /**
     * Runs {@code python3 <resource script> args...} with {@code input} on stdin and returns its
     * stdout; fails on a non-zero exit or after 60 seconds.
     */
    public static String run(String resource, String input, Map<String, String> env, String... args) {
        Peers.assume("python3");
        try {
            Path script = Files.createTempFile("pylogging-oracle", ".py");
            try (InputStream in = Python.class.getResourceAsStream("/python/" + resource)) {
                if (in == null) {
                    throw new IllegalStateException("no test resource python/" + resource);
                }
                Files.write(script, in.readAllBytes());
            }
            try {
                List<String> command = new ArrayList<>(List.of("python3", script.toString()));
                command.addAll(List.of(args));
                ProcessBuilder builder = new ProcessBuilder(command);
                builder.environment().putAll(env);
                builder.environment().put("PYTHONIOENCODING", "utf-8");
                Path out = Files.createTempFile("pylogging-oracle", ".out");
                Path err = Files.createTempFile("pylogging-oracle", ".err");
                builder.redirectOutput(out.toFile()).redirectError(err.toFile());
                Process process = builder.start();
                process.getOutputStream().write(input.getBytes(StandardCharsets.UTF_8));
                process.getOutputStream().close();
                if (!process.waitFor(60, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    throw new IllegalStateException("python3 " + resource + " did not finish in 60 s");
                }
                String stdout = Files.readString(out);
                String stderr = Files.readString(err);
                Files.delete(out);
                Files.delete(err);
                if (process.exitValue() != 0) {
                    throw new IllegalStateException("python3 " + resource + " exited " + process.exitValue() + ":\n" + stderr);
                }
                return stdout;
            } finally {
                Files.deleteIfExists(script);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Decodes the hex of UTF-8 bytes that the oracle scripts print. */
    public static String unhex(String hex) {
        byte[] bytes = new byte[hex.length() / 2];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) Integer.parseInt(hex, 2 * i, 2 * i + 2, 16);
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
