package dev.discover.core;

/**
 * Bad input: a file, field or value that does not meet the contract. The message names the file, the field
 * and what was expected. The command line maps it to exit code 2.
 */
public class InputException extends dev.discover.io.InputException {
  private static final long serialVersionUID = 1L;

  /** An input error with a complete message. */
  public InputException(String message) { super(message); }

  private InputException(String source, String field, String message) {
    super(source, 0, field == null ? "" : "field '" + field + "'", message);
  }

  /** An input error in a named source and field: "source: field 'f': message". */
  public static InputException at(String source, String field, String message) {
    return new InputException(source, field, message);
  }
}
