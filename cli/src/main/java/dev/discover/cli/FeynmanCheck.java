package dev.discover.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.discover.neural.FeynmanData;
import dev.discover.symbolic.ExprParser;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Benchmark helper for {@code bench/feynman.sh}: reads the JSON that {@code discover formula --format json}
 * printed and says whether its formula equals the Feynman row's true formula (see
 * {@link FeynmanData#mismatch}). Prints {@code yes|no<TAB>mismatch<TAB>formula}; exit 0 either way, 2 on bad
 * arguments. Usage: {@code FeynmanCheck FEYNMAN_CSV ID RESULT_JSON}.
 */
public final class FeynmanCheck {
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
      double mm = row.mismatch(ExprParser.parse(formula), 12345);
      System.out.printf(Locale.ROOT, "%s\t%.3g\t%s%n", mm < 1e-4 ? "yes" : "no", mm, formula);
    } catch (Exception e) {
      System.out.println("no\tinf\t(no result: " + e.getMessage() + ")");
    }
  }
}
