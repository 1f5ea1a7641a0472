package dev.pylogging;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Reads what handlers wrote. */
public final class TestFiles {

    private TestFiles() {
    }

    /** Returns every file of {@code folder} by name, read as Latin-1 so that every byte survives. */
    public static Map<String, String> contents(Path folder) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> list = Files.list(folder)) {
            for (Path p : list.toList()) {
                files.put(p.getFileName().toString(), Files.readString(p, StandardCharsets.ISO_8859_1));
            }
        }
        return files;
    }
}
