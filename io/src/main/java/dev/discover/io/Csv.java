package dev.discover.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The one reader of comma-separated tables: a header line of column names, then data lines of as many
 * fields. Blank lines are skipped; fields are trimmed, and a field in double quotes loses them (quoted
 * commas are not supported: the engine's tables hold names and numbers). Every problem is an
 * {@link InputException} naming the source, line and column. Hand-written because the format is this small
 * and its messages are part of the contract; a CSV library would add a dependency to every module for it.
 */
public final class Csv {
  /** Files larger than this are refused rather than read into memory. */
  public static final long MAX_BYTES = 2L << 30;

  private Csv() {}

  /** Reads and splits a CSV file; the file is named in messages as given. */
  public static Table read(Path file) {
    String src = file.toString();
    List<String> lines;
    try {
      if (Files.isDirectory(file)) throw InputException.in(src, "is a directory, expected a CSV file");
      if (Files.size(file) > MAX_BYTES) throw InputException.in(src, "larger than 2 GiB; expected a CSV file");
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw InputException.in(src, "no such file");
    } catch (IOException | RuntimeException e) {
      if (e instanceof InputException ie) throw ie;
      throw InputException.in(src, "cannot read: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
    }
    return parse(lines, src);
  }

  /**
   * Splits the lines of a CSV text; {@code source} names it in messages. Checks that the header names
   * every column once and that every data line has one field per column.
   */
  /** The system property that raises the column limit. */
  public static final String MAX_COLUMNS_PROPERTY = "discover.csv.maxColumns";

  /** The most columns a table may have: 10 000 unless the property {@value #MAX_COLUMNS_PROPERTY} says otherwise. */
  public static int maxColumns() { return Integer.getInteger(MAX_COLUMNS_PROPERTY, 10_000); }

  /** The text itself when short, otherwise its first {@code max} characters and its length (for messages). */
  public static String excerpt(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max) + "... (" + text.length() + " characters)";
  }

  public static Table parse(List<String> lines, String source) {
    int h = 0;
    while (h < lines.size() && lines.get(h).isBlank()) h++;
    if (h == lines.size()) throw InputException.in(source, "empty file; expected a header line of column names");
    String headerLine = lines.get(h);
    int commas = 0;
    for (int i = 0; i < headerLine.length(); i++) if (headerLine.charAt(i) == ',') commas++;
    // checked before splitting: no work proportional to an absurd header
    if (commas + 1 > maxColumns()) {
      throw InputException.atLine(source, h + 1, "a header of " + (commas + 1) + " columns, more than the limit of "
          + maxColumns() + " (raise it with -D" + MAX_COLUMNS_PROPERTY + "=N)");
    }
    List<String> header = split(headerLine);
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (int c = 0; c < header.size(); c++) {
      if (header.get(c).isEmpty()) throw InputException.atLine(source, h + 1, "column " + (c + 1) + " has no name");
      if (!seen.add(header.get(c))) {
        throw InputException.atCell(source, h + 1, excerpt(header.get(c), 40), "appears twice; expected distinct column names");
      }
    }
    List<Table.Row> rows = new ArrayList<>();
    for (int ln = h + 1; ln < lines.size(); ln++) {
      String line = lines.get(ln);
      if (line.isBlank()) continue;
      List<String> f = split(line);
      if (f.size() != header.size()) {
        throw InputException.atLine(source, ln + 1, "expected " + header.size() + " fields (" + excerpt(String.join(",", header), 200)
            + "), got " + f.size());
      }
      rows.add(new Table.Row(ln + 1, f));
    }
    return new Table(source, h + 1, header, rows);
  }

  private static List<String> split(String line) {
    String[] f = line.split(",", -1);
    List<String> out = new ArrayList<>(f.length);
    for (String s : f) {
      String t = s.trim();
      if (t.length() >= 2 && t.startsWith("\"") && t.endsWith("\"")) t = t.substring(1, t.length() - 1).trim();
      out.add(t);
    }
    return out;
  }
}
