package dev.discover.core;

/**
 * Bad input: a file, field or value that does not meet the contract. The message names the file, the field
 * and what was expected. The command line maps it to exit code 2.
 */
public class InputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** An input error with a complete message. */
  public InputException(String message) { super(message); }

  /** An input error in a named source and field: "source: field 'f': message". */
  public static InputException at(String source, String field, String message) {
    return new InputException(source + ": " + (field == null ? "" : "field '" + field + "': ") + message);
  }
}
