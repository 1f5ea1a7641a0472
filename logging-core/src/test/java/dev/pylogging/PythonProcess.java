package dev.pylogging;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** A running {@code python3} test script whose output lines are read as they come. */
public final class PythonProcess implements AutoCloseable {

    private final Process process;
    private final BufferedReader out;
    private final Path script;

    private PythonProcess(Process process, Path script) {
        this.process = process;
        this.script = script;
        this.out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    }

    /** Starts {@code python3 <resource> args...}; its stderr goes to the test's stderr. */
    public static PythonProcess start(String resource, String... args) throws IOException {
        Peers.assume("python3");
        Path script = Files.createTempFile("pylogging-peer", ".py");
        try (InputStream in = PythonProcess.class.getResourceAsStream("/python/" + resource)) {
            Files.write(script, in.readAllBytes());
        }
        List<String> command = new ArrayList<>(List.of("python3", script.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT);
        builder.environment().put("PYTHONIOENCODING", "utf-8");
        return new PythonProcess(builder.start(), script);
    }

    /** Returns the next line of output, or {@code null} at its end. */
    public String readLine() throws IOException {
        return out.readLine();
    }

    /** Reads lines up to the one starting with {@code prefix} and returns its remainder. */
    public String await(String prefix) throws IOException {
        for (String line = readLine(); line != null; line = readLine()) {
            if (line.startsWith(prefix)) {
                return line.substring(prefix.length());
            }
        }
        throw new IllegalStateException("python3 ended before printing " + prefix);
    }

    /** Returns the decoded {@code REC <hex>} lines until the process ends (60 s at most). */
    public List<String> records() throws IOException, InterruptedException {
        List<String> records = new ArrayList<>();
        for (String line = readLine(); line != null; line = readLine()) {
            if (line.startsWith("REC ")) {
                records.add(Python.unhex(line.substring(4)));
            }
        }
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("python3 did not finish");
        }
        return records;
    }

    @Override
    public void close() throws IOException {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Files.deleteIfExists(script);
    }
}
