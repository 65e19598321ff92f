package dev.discover.core.classify;

import java.util.List;

/**
 * A set of parameter values with more laws than generic values have.
 *
 * @param id the case's number (1, 2, ...)
 * @param equations the conditions, simplified (a reduced Groebner basis in solved form where possible)
 * @param equationsLatex the same in LaTeX
 * @param inequations conditions that must not hold (parameters normalised to 1 when the case was found, and
 *     the denominators of the system), in system-file syntax
 * @param laws the dimension of the law space in the basis at generic points of the case
 * @param extraLaws laws completing the (specialised) generic laws to a basis of the case's law space
 * @param shownAt parameters set to 1 in the laws shown (a scaling symmetry carries them to every nonzero value)
 * @param within the ids of the cases whose conditions these imply (this case is nested in them)
 */
public record ClassifiedCase(int id, List<String> equations, List<String> equationsLatex, List<String> inequations,
    int laws, List<CaseLaw> extraLaws, List<String> shownAt, List<Integer> within) {
  /** Copies the lists. */
  public ClassifiedCase {
    equations = List.copyOf(equations);
    equationsLatex = List.copyOf(equationsLatex);
    inequations = List.copyOf(inequations);
    extraLaws = List.copyOf(extraLaws);
    shownAt = List.copyOf(shownAt);
    within = List.copyOf(within);
  }
}
