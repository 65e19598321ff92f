package dev.discover.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.discover.neural.FeynmanData;
import dev.discover.neural.FormulaEquality;
import dev.discover.symbolic.ExprParser;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Benchmark helper for {@code bench/feynman.sh}: reads the JSON that {@code discover formula --format json}
 * printed and compares its formula with the Feynman row's true formula ({@link FormulaEquality#check}).
 * Prints {@code yes|numeric|no<TAB>mismatch<TAB>formula} on standard output: {@code yes} when Symja proved
 * the two equal (constants to 4 significant digits), {@code numeric} when they agree only numerically,
 * {@code no} otherwise; and the proof or what Symja left over on standard error. Exit 0 either way, 2 on bad
 * arguments. Usage: {@code FeynmanCheck FEYNMAN_CSV ID RESULT_JSON}. Test-scoped (with {@code FormulaEquality} in
 * the neural test classes): benchmark tooling, not part of the CLI's jar.
 */
public final class FeynmanCheck {
  /** The limit for each Symja call; Symja's start-up is waited for apart from it. */
  private static final long SYMJA_CALL_MS = 10_000;
  private static final long SEED = 12345;

  private FeynmanCheck() {}

  /** Entry point. */
  public static void main(String... args) {
    if (args.length != 3) {
      System.err.println("usage: FeynmanCheck FEYNMAN_CSV ID RESULT_JSON");
      System.exit(2);
    }
    try {
      FeynmanData row = FeynmanData.find(Path.of(args[0]), args[1]);
      JsonNode json = new ObjectMapper().readTree(Path.of(args[2]).toFile());
      String formula = json.get("formula").asText();
      FormulaEquality eq = FormulaEquality.check(row, ExprParser.parse(formula), SEED, SYMJA_CALL_MS);
      String word = switch (eq.verdict()) {
        case SYMBOLIC -> "yes";
        case NUMERIC_ONLY -> "numeric";
        case DIFFERENT -> "no";
      };
      System.out.printf(Locale.ROOT, "%s\t%.3g\t%s%n", word, eq.mismatch(), formula);
      System.err.println(args[1] + ": " + eq.detail());
    } catch (Exception e) {
      System.out.println("no\tinf\t(no result: " + e.getMessage() + ")");
    }
    System.exit(0);
  }
}
