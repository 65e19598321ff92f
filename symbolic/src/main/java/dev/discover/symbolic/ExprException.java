package dev.discover.symbolic;

/** An expression that does not follow the grammar, names something unknown, or cannot be evaluated. */
public class ExprException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception with a message that says what was expected and what was found. */
  public ExprException(String message) { super(message); }
}
