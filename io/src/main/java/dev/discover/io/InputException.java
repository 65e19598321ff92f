package dev.discover.io;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * Bad input: a file, field or value that does not meet the contract. Every message has one shape,
 * {@code SOURCE[:LINE]: [column 'C': | field 'F': ]WHAT}, where WHAT says what was expected and, where it
 * helps, what was found: {@code data.csv:3: column 'x': expected a number, got 'abc'}. The command line
 * prints it on one line and exits with code 2. It is an {@link IllegalArgumentException}, so callers that
 * treat bad arguments as bad input need no second case.
 */
public class InputException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** Where in a source the problem is: nothing more, a column of a table, or a field of a structured file. */
  private final String source;
  private final int line;
  private final String place;
  private final String detail;

  /** An input error with a complete message, for problems that belong to no single source. */
  public InputException(String message) {
    super(printable(Csv.excerpt(message, 700)));
    this.source = "";
    this.line = 0;
    this.place = "";
    this.detail = printable(Csv.excerpt(message, 700));
  }

  /**
   * An input error at a place in a source.
   *
   * @param source the file or other source, as the user named it
   * @param line the 1-based line, or 0 when the problem is not on one line
   * @param place "column 'x'", "field 'basis.degree'" or empty
   * @param detail what was expected, and what was found
   */
  protected InputException(String source, int line, String place, String detail) {
    super(format(source, line, place, detail));
    this.source = source;
    this.line = line;
    this.place = place;
    this.detail = detail;
  }

  /** The one message format: {@code SOURCE[:LINE]: [PLACE: ]DETAIL}, on one short line of printable text. */
  static String format(String source, int line, String place, String detail) {
    // each part bounded, so that no input, however long, makes a long message
    return printable(Csv.excerpt(source, 160) + (line > 0 ? ":" + line : "") + ": "
        + (place.isEmpty() ? "" : Csv.excerpt(place, 100) + ": ") + Csv.excerpt(detail, 480));
  }

  /**
   * The text with every control character and line or paragraph separator written as a backslash, u and four hex digits, so that a
   * message quoting hostile input stays one line and cannot drive the terminal it is printed on.
   */
  public static String printable(String text) {
    StringBuilder sb = null;
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      boolean bad = Character.isISOControl(ch) || ch == 0x2028 || ch == 0x2029;
      if (bad && sb == null) sb = new StringBuilder(text.length() + 16).append(text, 0, i);
      if (bad) sb.append(String.format("\\u%04x", (int) ch));
      else if (sb != null) sb.append(ch);
    }
    return sb == null ? text : sb.toString();
  }

  /** A problem with a whole source: "source: message". */
  public static InputException in(String source, String message) {
    return new InputException(source, 0, "", message);
  }

  /** A problem in a named field of a structured source: "source: field 'f': message" (no field: "source: message"). */
  public static InputException at(String source, String field, String message) {
    return new InputException(source, 0, field == null || field.isEmpty() ? "" : "field '" + field + "'", message);
  }

  /** A problem on one line of a source: "source:line: message". */
  public static InputException atLine(String source, int line, String message) {
    return new InputException(source, line, "", message);
  }

  /** A problem in one cell of a table: "source:line: column 'c': message". */
  public static InputException atCell(String source, int line, String column, String message) {
    return new InputException(source, line, "column '" + column + "'", message);
  }

  /** The source named in the message, when there is one. */
  public Optional<String> source() { return source.isEmpty() ? Optional.empty() : Optional.of(source); }

  /** The 1-based line named in the message, when there is one. */
  public OptionalInt line() { return line > 0 ? OptionalInt.of(line) : OptionalInt.empty(); }

  /** The column or field named in the message ("column 'x'", "field 'f'"), when there is one. */
  public Optional<String> place() { return place.isEmpty() ? Optional.empty() : Optional.of(place); }

  /** What was expected (and found), without the location. */
  public String detail() { return detail; }
}
