package dev.discover.io;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writes a text file so that a failure never leaves half of it: a temporary file beside it, then a move. */
public final class AtomicFile {
  private AtomicFile() {}

  /** Something that writes text. */
  @FunctionalInterface
  public interface Body {
    /** Writes to {@code w} (which the caller closes). */
    void write(BufferedWriter w) throws IOException;
  }

  /** Writes {@code file} (UTF-8) through a temporary file in the same folder and an atomic move. */
  public static void write(Path file, Body body) throws IOException {
    Path abs = file.toAbsolutePath();
    Files.createDirectories(abs.getParent()); // like --plot, a missing output folder is made
    // the temporary name keeps at most 40 characters of the target's, so that it is never the longer one
    String name = abs.getFileName().toString();
    Path tmp = Files.createTempFile(abs.getParent(), "." + (name.length() > 40 ? name.substring(0, 40) : name), ".tmp");
    try {
      try (BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
        body.write(w);
      }
      try {
        Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
  }
}
