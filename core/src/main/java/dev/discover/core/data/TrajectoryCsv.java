package dev.discover.core.data;

import dev.discover.io.AtomicFile;
import dev.discover.io.Csv;
import dev.discover.io.InputException;
import dev.discover.io.Table;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The trajectory CSV format: a header line naming a {@code t} column, optionally a {@code trajectory}
 * column (any label; rows with the same label form one trajectory, in file order), then one column per
 * variable. Every other field is a finite number, and times increase strictly within each trajectory. The
 * table is read by {@link Csv}; errors are {@link InputException}s naming the file, line and column. Writing
 * goes to a temporary file that is then moved into place, so a failure never leaves half a file.
 */
public final class TrajectoryCsv {
  private TrajectoryCsv() {}

  /** Reads and checks a trajectory CSV file. */
  public static TrajectoryData read(Path file) { return of(Csv.read(file)); }

  /** Parses the lines of a trajectory CSV; {@code source} names it in messages. */
  public static TrajectoryData parse(List<String> lines, String source) { return of(Csv.parse(lines, source)); }

  /** Checks a table against the trajectory format and splits it into trajectories. */
  public static TrajectoryData of(Table table) {
    List<String> header = table.columns();
    int tCol = -1, trCol = -1;
    List<String> names = new ArrayList<>();
    List<Integer> varCols = new ArrayList<>();
    for (int c = 0; c < header.size(); c++) {
      String name = header.get(c);
      if (name.equals("t") || name.equals("time")) {
        if (tCol >= 0) throw table.columnError(c, "a second time column; expected one column 't'");
        tCol = c;
      } else if (name.equals("trajectory")) {
        trCol = c;
      } else {
        if (!name.matches("[A-Za-z_][A-Za-z0-9_]*")) throw table.columnError(c, "expected a variable name (letters, digits, _)");
        names.add(name);
        varCols.add(c);
      }
    }
    if (tCol < 0) throw InputException.atLine(table.source(), table.headerLine(), "no 't' column; the header must name a time column 't'");
    if (names.isEmpty()) throw InputException.atLine(table.source(), table.headerLine(), "no variable columns besides t and trajectory");
    Map<String, List<double[]>> rows = new LinkedHashMap<>();
    Map<String, Integer> lastLine = new LinkedHashMap<>();
    int d = names.size();
    for (Table.Row row : table.rows()) {
      String label = trCol >= 0 ? row.text(trCol) : "";
      if (trCol >= 0 && label.isEmpty()) throw table.cellError(row, trCol, "expected a trajectory label, got an empty field");
      double[] r = new double[d + 1];
      r[0] = table.number(row, tCol);
      for (int k = 0; k < d; k++) r[k + 1] = table.number(row, varCols.get(k));
      List<double[]> list = rows.computeIfAbsent(label, x -> new ArrayList<>());
      if (!list.isEmpty() && !(r[0] > list.get(list.size() - 1)[0])) {
        throw table.lineError(row, "time " + row.text(tCol) + " does not increase (previous time " + list.get(list.size() - 1)[0]
            + " on line " + lastLine.get(label) + (trCol >= 0 ? " of trajectory " + label : "") + ")");
      }
      list.add(r);
      lastLine.put(label, row.line());
    }
    if (rows.isEmpty()) throw table.error("no data rows after the header");
    List<Trajectory> trajectories = new ArrayList<>();
    for (Map.Entry<String, List<double[]>> e : rows.entrySet()) {
      List<double[]> list = e.getValue();
      if (list.size() < 2) {
        throw InputException.atLine(table.source(), lastLine.get(e.getKey()),
            (trCol >= 0 ? "trajectory " + e.getKey() + " has" : "the file has") + " a single sample; need at least 2");
      }
      double[] t = new double[list.size()];
      double[][] x = new double[list.size()][d];
      for (int i = 0; i < t.length; i++) {
        t[i] = list.get(i)[0];
        System.arraycopy(list.get(i), 1, x[i], 0, d);
      }
      trajectories.add(new Trajectory(t, x));
    }
    return new TrajectoryData(table.source(), names, trajectories);
  }

  /**
   * Writes data as CSV: a {@code trajectory} column when there is more than one trajectory. Writes a
   * temporary file beside {@code file} and moves it into place.
   */
  public static void write(TrajectoryData data, Path file) throws IOException {
    AtomicFile.write(file, w -> write(data, w));
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
}
