package dev.discover.core.data;

/**
 * The integration of a system failed: the state blew up or left the real numbers, or the integrator could
 * not keep its tolerances. The message says when and why, and what to change. It is a property of the system,
 * its initial state and the time span asked for, not a failure of the engine: the command line maps it to exit
 * code 2 (bad input), as DESIGN.md keeps exit code 1 for internal failures.
 */
public class SimulationException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** A failure with a complete message. */
  public SimulationException(String message) { super(message); }

  /** A failure with a complete message and its cause. */
  public SimulationException(String message, Throwable cause) { super(message, cause); }
}
