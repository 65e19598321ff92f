package dev.discover.neural;

import dev.discover.neural.internal.search.FittedNetwork;
import java.util.List;

/**
 * The outcome of a formula search.
 *
 * @param best the chosen formula
 * @param pareto the best formula at each complexity that beats every simpler one, simplest first
 * @param targetRms root mean square of the target on the held-out rows, to read {@code rmse} against
 * @param elapsedMillis wall-clock time of the search
 * @param notes short diagnostics: which stage found the formula, separability found, and so on
 * @param options the options that produced this result
 * @param networks the neural surrogates the search fitted and queried (none when the direct search sufficed),
 *     for the plots
 */
public record FormulaResult(Candidate best, List<Candidate> pareto, double targetRms, long elapsedMillis,
    List<String> notes, FormulaOptions options, List<FittedNetwork> networks) {
  /** Copies the lists. */
  public FormulaResult {
    pareto = List.copyOf(pareto);
    notes = List.copyOf(notes);
    networks = List.copyOf(networks);
  }
}
