package dev.discover.core.data;

import dev.discover.core.InputException;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.Writer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The trajectory CSV format: a header line naming a {@code t} column, optionally a {@code trajectory}
 * column (any label; rows with the same label form one trajectory, in file order), then one column per
 * variable. Every other field is a finite number, and times increase strictly within each trajectory. Errors
 * are {@link InputException}s naming the file and line. Writing goes to a temporary file that is then moved
 * into place, so a failure never leaves half a file.
 */
public final class TrajectoryCsv {
  private TrajectoryCsv() {}

  /** Reads and checks a trajectory CSV file. */
  public static TrajectoryData read(Path file) {
    String src = file.toString();
    List<String> lines;
    try {
      if (Files.isDirectory(file)) throw new InputException(src + ": is a directory, expected a CSV file");
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new InputException(src + ": no such file");
    } catch (IOException e) {
      throw new InputException(src + ": cannot read: " + e.getMessage());
    }
    return parse(lines, src);
  }

  /** Parses the lines of a trajectory CSV; {@code source} names it in messages. */
  public static TrajectoryData parse(List<String> lines, String source) {
    int h = 0;
    while (h < lines.size() && lines.get(h).isBlank()) h++;
    if (h == lines.size()) throw new InputException(source + ": empty file; expected a header line such as t,x,y");
    String[] header = split(lines.get(h));
    dev.discover.symbolic.Limits.COLUMNS.exceeded(header.length, source + ":" + (h + 1) + ": a header of " + header.length
        + " columns").ifPresent(m -> { throw new InputException(m); });
    java.util.Set<String> seen = new java.util.HashSet<>();
    int tCol = -1, trCol = -1;
    List<String> names = new ArrayList<>();
    List<Integer> varCols = new ArrayList<>();
    for (int c = 0; c < header.length; c++) {
      String name = header[c];
      if (name.isEmpty()) throw new InputException(source + ":" + (h + 1) + ": column " + (c + 1) + " has no name");
      if (name.equals("t") || name.equals("time")) {
        if (tCol >= 0) throw new InputException(source + ":" + (h + 1) + ": two time columns");
        tCol = c;
      } else if (name.equals("trajectory")) {
        if (trCol >= 0) throw new InputException(source + ":" + (h + 1) + ": two trajectory columns");
        trCol = c;
      } else {
        if (!name.matches("[A-Za-z_][A-Za-z0-9_]*")) {
          throw new InputException(source + ":" + (h + 1) + ": column name '" + dev.discover.symbolic.Limits.excerpt(name, 40)
              + "' is not a variable name (letters, digits, _)");
        }
        if (!seen.add(name)) throw new InputException(source + ":" + (h + 1) + ": column '" + name + "' appears twice");
        names.add(name);
        varCols.add(c);
      }
    }
    if (tCol < 0) throw new InputException(source + ":" + (h + 1) + ": no 't' column; the header must name a time column 't'");
    if (names.isEmpty()) throw new InputException(source + ":" + (h + 1) + ": no variable columns besides t and trajectory");
    Map<String, List<double[]>> rows = new LinkedHashMap<>();
    Map<String, Integer> lastLine = new LinkedHashMap<>();
    int d = names.size();
    for (int ln = h + 1; ln < lines.size(); ln++) {
      String line = lines.get(ln);
      if (line.isBlank()) continue;
      String[] f = split(line);
      String at = source + ":" + (ln + 1) + ": ";
      if (f.length != header.length) {
        throw new InputException(at + "expected " + header.length + " fields ("
            + dev.discover.symbolic.Limits.excerpt(String.join(",", header), 200) + "), got " + f.length);
      }
      String label = trCol >= 0 ? f[trCol] : "";
      if (trCol >= 0 && label.isEmpty()) throw new InputException(at + "empty trajectory label");
      double[] r = new double[d + 1];
      r[0] = number(f[tCol], header[tCol], at);
      for (int k = 0; k < d; k++) r[k + 1] = number(f[varCols.get(k)], names.get(k), at);
      List<double[]> list = rows.computeIfAbsent(label, x -> new ArrayList<>());
      if (!list.isEmpty() && !(r[0] > list.get(list.size() - 1)[0])) {
        throw new InputException(at + "time " + dev.discover.symbolic.Limits.excerpt(f[tCol], 40) + " does not increase (previous time " + list.get(list.size() - 1)[0]
            + " on line " + lastLine.get(label) + (trCol >= 0 ? " of trajectory " + label : "") + ")");
      }
      list.add(r);
      lastLine.put(label, ln + 1);
    }
    if (rows.isEmpty()) throw new InputException(source + ": no data rows after the header");
    List<Trajectory> trajectories = new ArrayList<>();
    for (Map.Entry<String, List<double[]>> e : rows.entrySet()) {
      List<double[]> list = e.getValue();
      if (list.size() < 2) {
        throw new InputException(source + ":" + lastLine.get(e.getKey()) + ": "
            + (trCol >= 0 ? "trajectory " + e.getKey() + " has" : "the file has") + " a single sample; need at least 2");
      }
      double[] t = new double[list.size()];
      double[][] x = new double[list.size()][d];
      for (int i = 0; i < t.length; i++) {
        t[i] = list.get(i)[0];
        System.arraycopy(list.get(i), 1, x[i], 0, d);
      }
      trajectories.add(new Trajectory(t, x));
    }
    return new TrajectoryData(source, names, trajectories);
  }

  private static String[] split(String line) {
    String[] f = line.split(",", -1);
    for (int i = 0; i < f.length; i++) f[i] = f[i].trim();
    return f;
  }

  private static double number(String s, String column, String at) {
    double v;
    try {
      v = Double.parseDouble(s);
    } catch (NumberFormatException e) {
      throw new InputException(at + "column '" + column + "': '" + dev.discover.symbolic.Limits.excerpt(s, 40) + "' is not a number");
    }
    if (!Double.isFinite(v)) {
      throw new InputException(at + "column '" + column + "': '" + dev.discover.symbolic.Limits.excerpt(s, 40) + "' is not a finite number");
    }
    return v;
  }

  /**
   * Writes data as CSV: a {@code trajectory} column when there is more than one trajectory. Writes a
   * temporary file beside {@code file} and moves it into place.
   */
  public static void write(TrajectoryData data, Path file) throws IOException {
    writeAtomically(file, w -> write(data, w));
  }

  /** Writes data as CSV text to {@code w} (not closed). */
  public static void write(TrajectoryData data, Writer w) throws IOException {
    boolean multi = data.trajectories().size() > 1;
    w.write("t");
    if (multi) w.write(",trajectory");
    for (String v : data.variables()) { w.write(','); w.write(v); }
    w.write('\n');
    StringBuilder sb = new StringBuilder();
    for (int k = 0; k < data.trajectories().size(); k++) {
      Trajectory tr = data.trajectories().get(k);
      for (int i = 0; i < tr.size(); i++) {
        sb.setLength(0);
        sb.append(tr.time(i));
        if (multi) sb.append(',').append(k + 1);
        for (int j = 0; j < tr.dimension(); j++) sb.append(',').append(tr.value(i, j));
        sb.append('\n');
        w.write(sb.toString());
      }
    }
  }

  /** Something that writes text. */
  @FunctionalInterface
  public interface TextBody {
    /** Writes to w. */
    void write(BufferedWriter w) throws IOException;
  }

  /** Writes a file through a temporary file in the same folder and an atomic move. */
  public static void writeAtomically(Path file, TextBody body) throws IOException {
    Path abs = file.toAbsolutePath();
    Path dir = abs.getParent();
    Files.createDirectories(dir);
    Path tmp = Files.createTempFile(dir, "." + abs.getFileName(), ".tmp");
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
