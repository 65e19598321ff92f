package dev.discover.neural.internal.search;

import dev.discover.neural.FormulaOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * What every stage of one search shares: the options, the budget, the progress sink, the notes for the result
 * and the networks fitted on the way. The progress sink is held here and nowhere else in the search.
 */
public final class SearchContext {
  private final FormulaOptions opts;
  private final SearchBudget budget;
  private final Consumer<String> progress;
  private final List<String> notes = new ArrayList<>();
  private final List<FittedNetwork> networks = new ArrayList<>();

  /**
   * A context for one search.
   *
   * @param opts the options
   * @param budget the shares of time and work
   * @param progress receives one-line progress messages
   */
  public SearchContext(FormulaOptions opts, SearchBudget budget, Consumer<String> progress) {
    this.opts = opts;
    this.budget = budget;
    this.progress = progress;
  }

  /** The options. */
  public FormulaOptions opts() { return opts; }

  /** The shares of time and work. */
  public SearchBudget budget() { return budget; }

  /** Sends one progress line. */
  public void progress(String line) { progress.accept(line); }

  /** Adds a note to the result. */
  public void note(String note) { notes.add(note); }

  /** Records a network the search fitted. */
  void fitted(FittedNetwork net) { networks.add(net); }

  /** The notes so far, in order. */
  public List<String> notes() { return List.copyOf(notes); }

  /** The networks fitted so far, in order. */
  public List<FittedNetwork> networks() { return List.copyOf(networks); }
}
