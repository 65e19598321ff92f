package dev.discover.distributed;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * One line of a jobs file, ready to run: the {@code discover} command line it stands for (paths already made
 * absolute on the driver, {@code --format json -q} added where the command has JSON), so that running it on any
 * executor gives what running that command alone gives.
 *
 * @param id the job's id: its {@code "id"} field, else its line number
 * @param line the 1-based line of the jobs file
 * @param type the job type (laws, pde, formula, feynman, equations, invariants, classify)
 * @param args the command line, without the leading {@code discover}
 * @param json whether the command prints JSON (then the result is that JSON, else its text)
 */
public record Job(String id, int line, String type, List<String> args, boolean json) implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Copies the argument list. */
  public Job {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(type, "type");
    args = List.copyOf(args);
  }
}
