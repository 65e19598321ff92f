package dev.discover.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/** The CSV reader over random and shrinking inputs: a table or one short line naming the source; valid tables round-trip. */
class CsvPropertiesTest {
  /** One line of printable text that starts with the source and is short. */
  static void assertOneShortLine(String message, String source) {
    assertTrue(message.startsWith(source + ":"), message);
    assertTrue(message.length() < 900, "message of " + message.length() + " characters");
    for (int i = 0; i < message.length(); i++) {
      char c = message.charAt(i);
      assertTrue(!Character.isISOControl(c) && c != 0x2028 && c != 0x2029, "control character " + (int) c + " in " + message);
    }
  }

  /** Parses and reads every cell as a number: either all of it works or one InputException says why. */
  private static void readsOrRefusesCleanly(List<String> lines) {
    try {
      Table t = Csv.parse(lines, "f.csv");
      for (Table.Row r : t.rows()) for (int c = 0; c < t.columns().size(); c++) assertTrue(Double.isFinite(t.number(r, c)));
    } catch (InputException e) {
      assertOneShortLine(e.getMessage(), "f.csv");
    }
  }

  @Property(tries = 100, seed = "20261211")
  void anyLinesAtAllGiveATableOrOneShortLine(@ForAll @Size(max = 8) List<String> lines) {
    readsOrRefusesCleanly(lines);
  }

  @Property(tries = 100, seed = "20261212")
  void csvLikeTextGivesATableOrOneShortLine(@ForAll("csvSoup") List<String> lines) {
    readsOrRefusesCleanly(lines);
  }

  @Property(tries = 15, seed = "20261213")
  void longFieldsAndNamesAreQuotedAsExcerpts(@ForAll("longField") String field, @ForAll boolean inHeader) {
    readsOrRefusesCleanly(inHeader ? List.of("a," + field + ",a", "1,2,3") : List.of("a,b", "1," + field));
  }

  @Property(tries = 100, seed = "20261214")
  void writtenTablesReadBackToTheSameNamesAndNumbers(@ForAll("tables") List<List<String>> table) {
    List<String> lines = new ArrayList<>();
    for (List<String> row : table) lines.add(String.join(",", row));
    Table t = Csv.parse(lines, "t.csv");
    assertEquals(table.get(0), t.columns());
    assertEquals(table.size() - 1, t.rows().size());
    for (int r = 1; r < table.size(); r++) {
      for (int c = 0; c < t.columns().size(); c++) {
        assertEquals(Double.parseDouble(table.get(r).get(c)), t.number(t.rows().get(r - 1), c), 0.0);
      }
    }
  }

  @Provide
  Arbitrary<List<String>> csvSoup() {
    Arbitrary<String> line = Arbitraries.strings().withChars("ab19.e-+,\" \tNaInfy\u0000\u001b\u2028").ofMaxLength(24);
    return line.list().ofMaxSize(7);
  }

  @Provide
  Arbitrary<String> longField() {
    return Arbitraries.strings().withChars("9x,\u0007 ").ofMinLength(300).ofMaxLength(3_000);
  }

  @Provide
  Arbitrary<List<List<String>>> tables() {
    Arbitrary<Integer> cols = Arbitraries.integers().between(1, 6);
    Arbitrary<Integer> rows = Arbitraries.integers().between(0, 12);
    return Combinators.combine(cols, rows).flatAs((c, r) -> {
      Arbitrary<List<String>> header = Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(8)
          .filter(s -> !s.isBlank()).list().ofSize(c).uniqueElements();
      Arbitrary<String> number = Arbitraries.doubles().between(-1e300, 1e300).map(String::valueOf);
      Arbitrary<List<List<String>>> body = number.list().ofSize(c).list().ofSize(r);
      return Combinators.combine(header, body).as((h, b) -> {
        List<List<String>> all = new ArrayList<>();
        all.add(h);
        all.addAll(b);
        return all;
      });
    });
  }
}
