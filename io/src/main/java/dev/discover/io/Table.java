package dev.discover.io;

import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * A table read from a text source: named columns and rows of text fields, each row with the line it came
 * from, so that every later check can name the source, line and column in the one format of
 * {@link InputException}. Immutable.
 *
 * @param source the file (or other source) as the user named it, for messages
 * @param headerLine the 1-based line of the header
 * @param columns the column names, distinct and non-empty
 * @param rows the data rows, each with as many fields as there are columns
 */
public record Table(String source, int headerLine, List<String> columns, List<Row> rows) {
  /**
   * One data row.
   *
   * @param line its 1-based line in the source
   * @param fields its fields, trimmed and unquoted
   */
  public record Row(int line, List<String> fields) {
    /** Copies the fields. */
    public Row { fields = List.copyOf(fields); }

    /** Field {@code c} as text. */
    public String text(int c) { return fields.get(c); }
  }

  /** Copies the lists and checks that every row has one field per column. */
  public Table {
    Objects.requireNonNull(source, "source");
    columns = List.copyOf(columns);
    rows = List.copyOf(rows);
    for (Row r : rows) {
      if (r.fields().size() != columns.size()) {
        throw new IllegalArgumentException("row of line " + r.line() + " has " + r.fields().size() + " fields for "
            + columns.size() + " columns");
      }
    }
  }

  /** The index of a column, if the table has it. */
  public OptionalInt column(String name) {
    int i = columns.indexOf(name);
    return i < 0 ? OptionalInt.empty() : OptionalInt.of(i);
  }

  /**
   * Field {@code c} of a row as a finite number; otherwise an {@link InputException} naming the line and
   * column: {@code data.csv:3: column 'x': expected a number, got 'abc'}.
   */
  public double number(Row r, int c) {
    String s = r.text(c);
    double v;
    try {
      v = Double.parseDouble(s);
    } catch (NumberFormatException e) {
      throw cellError(r, c, "expected a number, got '" + Csv.excerpt(s, 40) + "'");
    }
    if (!Double.isFinite(v)) throw cellError(r, c, "expected a finite number, got '" + Csv.excerpt(s, 40) + "'");
    return v;
  }

  /** Every value of column {@code c}, as finite numbers, in row order. */
  public double[] numbers(int c) {
    double[] v = new double[rows.size()];
    for (int i = 0; i < v.length; i++) v[i] = number(rows.get(i), c);
    return v;
  }

  /** An input error in one cell: "source:line: column 'name': message". */
  public InputException cellError(Row r, int c, String message) {
    return InputException.atCell(source, r.line(), columns.get(c), message);
  }

  /** An input error on one row's line: "source:line: message". */
  public InputException lineError(Row r, String message) { return InputException.atLine(source, r.line(), message); }

  /** An input error about one column, on the header line: "source:header: column 'name': message". */
  public InputException columnError(int c, String message) {
    return InputException.atCell(source, headerLine, columns.get(c), message);
  }

  /** An input error about the whole table: "source: message". */
  public InputException error(String message) { return InputException.in(source, message); }
}
