package dev.discover.neural;

import dev.discover.io.Progress;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FormulasTest {
  @Test
  void discover_withoutUnits_returnsExactlyThePlainSearchsFormulas() {
    Dataset d = JudgeTest.table(300, p -> p[0] * p[0] / p[1] + 1, 0, 6);
    FormulaOptions o = FormulaOptions.defaults().withTimeLimitMillis(4_000).withNetwork(false);
    FormulaResult plain = FormulaSearch.run(d, o, Progress.SILENT);
    Formulas.Found f = assertInstanceOf(Formulas.Found.class,
        Formulas.discover(d, o, Optional.empty(), Formulas.UnitsMode.IF_USABLE, Progress.SILENT));
    assertEquals(plain.best().text(), f.result().best().text());
    List<String> a = plain.pareto().stream().map(Candidate::text).toList();
    assertEquals(a, f.result().pareto().stream().map(Candidate::text).toList());
    assertEquals(Verdict.Status.SOLVED, f.verdict().status());
  }
}
