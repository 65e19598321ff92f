package dev.discover.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.discover.neural.Dataset;
import dev.discover.neural.FormulaEquality;
import dev.discover.neural.SrsdData;
import dev.discover.symbolic.ExprParser;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Benchmark helper for {@code bench/srsd.sh}. {@code SrsdTool sample SRSD_CSV ID ROWS NOISE SEED OUT_CSV}
 * writes a table drawn by the benchmark's rules (inputs then the output, with a header);
 * {@code SrsdTool check SRSD_CSV ID RESULT_JSON} compares the formula in a {@code discover formula} JSON with
 * the row's truth by {@link FormulaEquality#check} and prints {@code yes|numeric|no<TAB>mismatch<TAB>formula},
 * the proof or Symja's remainder on standard error. Exit 0, or 2 on bad arguments. Test-scoped, like
 * {@code FeynmanCheck}: benchmark tooling, not part of the CLI's jar.
 */
public final class SrsdTool {
  private SrsdTool() {}

  /** Entry point. */
  public static void main(String... args) {
    try {
      if (args.length == 7 && args[0].equals("sample")) {
        SrsdData row = SrsdData.find(Path.of(args[1]), args[2]);
        Dataset d = row.sample(Integer.parseInt(args[3]), Double.parseDouble(args[4]), Long.parseLong(args[5]));
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(Path.of(args[6])))) {
          w.println(String.join(",", d.names()) + "," + d.targetName());
          for (int i = 0; i < d.rows(); i++) {
            StringBuilder sb = new StringBuilder();
            for (double v : d.row(i)) sb.append(v).append(',');
            w.println(sb.append(d.y(i)));
          }
        }
        System.exit(0);
      }
      if (args.length == 4 && args[0].equals("check")) {
        SrsdData row = SrsdData.find(Path.of(args[1]), args[2]);
        String formula = new ObjectMapper().readTree(Path.of(args[3]).toFile()).path("formula").asText("");
        if (formula.isEmpty()) {
          System.out.println("no\tinf\t(no formula)");
        } else {
          FormulaEquality eq = FormulaEquality.check(row.asFeynman(), ExprParser.parse(formula), 12345, 10_000);
          String word = eq.verdict() == FormulaEquality.Verdict.SYMBOLIC ? "yes"
              : eq.verdict() == FormulaEquality.Verdict.NUMERIC_ONLY ? "numeric" : "no";
          System.out.printf(Locale.ROOT, "%s\t%.3g\t%s%n", word, eq.mismatch(), formula);
          System.err.println(args[2] + ": " + eq.detail());
        }
        System.exit(0);
      }
      System.err.println("usage: SrsdTool sample SRSD_CSV ID ROWS NOISE SEED OUT_CSV | check SRSD_CSV ID RESULT_JSON");
      System.exit(2);
    } catch (Exception e) {
      System.err.println("SrsdTool: " + e.getMessage());
      System.exit(2);
    }
  }
}
