package dev.discover.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;

/** What every command shares: {@code -q}, and help that reads correctly at 80 columns. */
class CommandLineStyleTest {
  private static final int WIDTH = 80;
  private static final String OSCILLATOR = "{\"name\":\"oscillator\",\"variables\":[\"x\",\"p\"],"
      + "\"equations\":{\"x\":\"p\",\"p\":\"-x\"},\"basis\":{\"polynomial_degree\":2}}";

  @TempDir Path dir;


  private static CliRun discover(String... args) { return CliRun.top(args); }

  /** The top-level command and every subcommand, rendering usage at exactly 80 columns. */
  private static List<CommandLine> everyCommand() {
    CommandLine top = Main.commandLine();
    top.setUsageHelpAutoWidth(false);
    top.setUsageHelpWidth(WIDTH);
    List<CommandLine> all = new ArrayList<>();
    all.add(top);
    all.addAll(top.getSubcommands().values());
    return all;
  }

  @Test
  void everyCommand_declaresQuietWithTheSameMeaning() {
    List<CommandLine> all = everyCommand();
    assertEquals(6, all.size(), "discover, simulate, equations, invariants, formula, classify");
    for (CommandLine cl : all) {
      CommandSpec spec = cl.getCommandSpec();
      assertTrue(spec.findOption("-q") != null && spec.findOption("--quiet") == spec.findOption("-q"), spec.name() + " lacks -q/--quiet");
      String d = String.join(" ", spec.findOption("-q").description()).toLowerCase(java.util.Locale.ROOT);
      assertTrue(d.startsWith("no progress on standard error"), spec.name() + ": -q means '" + d + "'");
    }
  }

  @Test
  void quiet_isAcceptedByEverySubcommandRunFromTheTop() throws Exception {
    Path sys = dir.resolve("osc.json");
    Files.writeString(sys, OSCILLATOR);
    Path csv = dir.resolve("osc.csv");
    CliRun sim = discover("simulate", sys.toString(), "--t-end", "10", "--dt", "0.01", "--trajectories", "4", "--out", csv.toString(), "-q");
    assertEquals(0, sim.code(), sim.err());
    CliRun eq = discover("equations", csv.toString(), "-q");
    assertEquals(0, eq.code(), eq.err());
    assertTrue(eq.out().startsWith("x' = p"), eq.out());
    CliRun inv = discover("invariants", csv.toString(), "--quiet");
    assertEquals(0, inv.code(), inv.err());
    CliRun laws = discover(sys.toString(), "-q");
    assertEquals(0, laws.code(), laws.err());
    assertEquals("", laws.err());
  }

  @Test
  void quietFormula_printsTheSameFormulaWithoutItsProgressNotes() throws Exception {
    Path csv = FormulaCommandTest.productCsv(dir);
    CliRun loud = discover("formula", csv.toString(), "--target", "y", "--time-limit", "5s", "--no-network");
    CliRun quiet = discover("formula", csv.toString(), "--target", "y", "--time-limit", "5s", "--no-network", "-q");
    assertEquals(0, loud.code(), loud.err());
    assertEquals(0, quiet.code(), quiet.err());
    assertTrue(loud.err().contains("formula: 200 rows"), loud.err());
    assertEquals("", quiet.err());
    assertEquals(loud.out().lines().findFirst(), quiet.out().lines().findFirst());
  }

  @Test
  void everyCommandsHelp_fitsIn80Columns() {
    for (CommandLine cl : everyCommand()) {
      String usage = cl.getUsageMessage(CommandLine.Help.Ansi.OFF);
      for (String line : usage.lines().toList()) {
        assertTrue(line.length() <= WIDTH, cl.getCommandName() + ": " + line.length() + " columns: '" + line + "'\n" + usage);
      }
    }
  }

  @Test
  void noHelpText_breaksASentenceWithAHardNewline() {
    for (CommandLine cl : everyCommand()) {
      CommandSpec spec = cl.getCommandSpec();
      String name = spec.name();
      checkParagraphs(name + " description", spec.usageMessage().description());
      checkParagraphs(name + " header", spec.usageMessage().header());
      checkParagraphs(name + " footer", spec.usageMessage().footer());
      for (ArgSpec a : spec.args()) checkParagraphs(name + " " + a, a.description());
      // rendered: picocli fills each line up to the last column (which it leaves free), so a line that had room
      // for the next line's first word was cut by hand
      List<String> lines = cl.getUsageMessage(CommandLine.Help.Ansi.OFF).lines().toList();
      for (int i = 0; i + 1 < lines.size(); i++) {
        String next = lines.get(i + 1).strip();
        if (!continues(lines.get(i), lines.get(i + 1)) || !Character.isLowerCase(next.charAt(0))) continue;
        String word = next.split(" ")[0];
        assertFalse(lines.get(i).length() + 1 + word.length() < WIDTH && !lines.get(i).isBlank(),
            name + ": line " + (i + 1) + " ends early although '" + word + "' fit:\n" + lines.get(i) + "\n" + lines.get(i + 1));
      }
    }
  }

  /**
   * Whether {@code b} goes on with text of {@code a}: it is not a new row of a two-column list (name, two
   * spaces, text) and it starts in a column where text of {@code a} starts.
   */
  private static boolean continues(String a, String b) {
    if (b.isBlank() || a.isBlank() || b.matches("\\s*\\S+\\s{2,}\\S.*")) return false;
    int col = b.length() - b.stripLeading().length();
    int aCol = a.length() - a.stripLeading().length();
    return col == aCol || (col >= 2 && col < a.length() && a.charAt(col) != ' ' && a.startsWith("  ", col - 2));
  }

  /** Each element of a multi-line text is a paragraph: no newline inside, and all but the last end a sentence. */
  private static void checkParagraphs(String where, String[] texts) {
    for (int k = 0; k < texts.length; k++) {
      String t = texts[k].strip();
      String body = t.endsWith("%n") ? t.substring(0, t.length() - 2) : t;
      assertFalse(body.contains("%n") || body.contains("\n"), where + ": a newline inside '" + t + "'");
      if (k + 1 < texts.length && !body.isEmpty()) {
        assertTrue(body.matches("(?s).*[.:!?)]$"), where + ": '" + t + "' ends mid-sentence before '" + texts[k + 1] + "'");
      }
    }
  }
}
