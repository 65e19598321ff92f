package dev.discover.cli;

import dev.discover.io.InputException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * The one set of rules for the output paths of every command ({@code --out FILE}, {@code --plot DIR}),
 * checked before any work starts so that a search of minutes never ends in "cannot write": the name is not
 * empty; an output file is not a directory and, when it exists, is writable; an output directory is not a
 * file; missing directories are created when the output is written, so the nearest existing folder above the
 * path must be a directory in which a file can be created (tried with a probe file, deleted at once); no name
 * in the path is longer than file systems allow ({@value #NAME_MAX} bytes).
 */
public final class OutputPaths {
  private OutputPaths() {}

  /** The longest file or folder name, in bytes of UTF-8, that the common file systems (ext4, XFS, tmpfs, APFS) take. */
  static final int NAME_MAX = 255;

  /** Checks an output file path; throws {@link InputException} naming the option. */
  public static Path file(Path p, String option) {
    Path abs = absolute(p, option);
    if (Files.isDirectory(abs)) throw bad(option, p, "is a directory; expected a file name");
    if (Files.exists(abs) && !Files.isWritable(abs)) throw bad(option, p, "exists and is not writable");
    if (abs.getParent() == null) throw bad(option, p, "has no folder to write into");
    writableAncestor(abs.getParent(), option, p);
    return p;
  }

  /** Checks an output directory path; throws {@link InputException} naming the option. */
  public static Path directory(Path p, String option) {
    Path abs = absolute(p, option);
    if (Files.exists(abs) && !Files.isDirectory(abs)) throw bad(option, p, "exists and is not a directory");
    writableAncestor(abs, option, p);
    return p;
  }

  private static Path absolute(Path p, String option) {
    if (p == null || p.toString().isBlank()) {
      throw new InputException(option + ": expected a path, got an empty string");
    }
    Path abs;
    try {
      abs = p.toAbsolutePath().normalize();
    } catch (InvalidPathException | java.io.IOError e) {
      throw bad(option, p, "is not a valid path");
    }
    for (Path name : abs) {
      int bytes = name.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
      if (bytes > NAME_MAX) {
        throw bad(option, p, "has a name of " + bytes + " bytes; file systems take at most " + NAME_MAX);
      }
    }
    return abs;
  }

  /** The nearest existing folder at or above {@code dir} must be a writable directory. */
  private static void writableAncestor(Path dir, String option, Path given) {
    Path d = dir;
    while (d != null && !Files.exists(d)) d = d.getParent();
    if (d == null) throw bad(option, given, "has no existing folder above it");
    if (!Files.isDirectory(d)) throw bad(option, given, "lies under '" + d + "', which is a file, not a directory");
    if (!Files.isWritable(d)) throw bad(option, given, "cannot be written: folder '" + d + "' is not writable");
    // Permissions do not tell everything (a read-only or virtual file system such as /proc, or root, for whom
    // every folder reads as writable): write and delete a probe file there.
    try {
      Files.delete(Files.createTempFile(d, ".discover-probe-", ".tmp"));
    } catch (java.io.IOException | RuntimeException e) {
      throw bad(option, given, "cannot be written: no file can be created in folder '" + d + "'");
    }
  }

  private static InputException bad(String option, Path p, String what) {
    return new InputException(option + " '" + dev.discover.symbolic.Limits.excerpt(p.toString(), 200) + "': " + what);
  }
}
