package dev.discover.core.data;

/**
 * The integration of a system failed: the state blew up or left the real numbers, or the integrator could
 * not keep its tolerances. The message says when and why. The command line maps it to exit code 1.
 */
public class SimulationException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** A failure with a complete message. */
  public SimulationException(String message) { super(message); }

  /** A failure with a complete message and its cause. */
  public SimulationException(String message, Throwable cause) { super(message, cause); }
}
