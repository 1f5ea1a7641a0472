package dev.pylogging.handlers;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.zip.GZIPOutputStream;

/** A {@link Rotator} that writes the closed log file gzip-compressed to its backup name, then removes it. */
final class GzipRotator implements Rotator {

    @Override
    public void rotate(Path source, Path dest) throws IOException {
        if (!Files.exists(source)) {
            return;
        }
        Path partial = dest.resolveSibling(dest.getFileName() + ".part");
        // The file stream is a resource of its own: a GZIPOutputStream whose close fails (a full
        // disk) does not close the stream under it.
        try (InputStream in = Files.newInputStream(source);
             OutputStream file = Files.newOutputStream(partial);
             OutputStream out = new GZIPOutputStream(file, 64 * 1024)) {
            in.transferTo(out);
        }
        // Renamed into place only when complete, so a crash never leaves a truncated backup.
        Files.move(partial, dest, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        Files.deleteIfExists(source);
    }
}
