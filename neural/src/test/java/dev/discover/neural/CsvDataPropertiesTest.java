package dev.discover.neural;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.discover.io.InputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The formula-data reader over random and shrinking tables: a data set or one short line naming the file. */
class CsvDataPropertiesTest {
  private static Path write(String text) throws Exception {
    Path f = Files.createTempFile("formula-data", ".csv");
    Files.writeString(f, text);
    return f;
  }

  @Property(tries = 120, seed = "20261241")
  void randomTablesGiveADataSetOrOneShortLineNamingTheFile(@ForAll("tables") String text, @ForAll("targets") String target,
      @ForAll("inputs") List<String> inputs) throws Exception {
    Path f = write(text);
    try {
      Dataset d = CsvData.read(f, target, inputs);
      assertTrue(d.rows() > d.inputs());
    } catch (InputException e) {
      String m = e.getMessage();
      assertTrue(m.startsWith(f + ":"), m);
      assertTrue(m.length() < 900 && m.chars().noneMatch(Character::isISOControl), m);
    } finally {
      Files.deleteIfExists(f);
    }
  }

  @Property(tries = 50, seed = "20261242")
  void writtenTablesReadBackToTheSameNumbers(@ForAll("numbers") double[][] rows) throws Exception {
    StringBuilder sb = new StringBuilder("a,b,y\n");
    for (double[] r : rows) sb.append(r[0]).append(',').append(r[1]).append(',').append(r[2]).append('\n');
    Path f = write(sb.toString());
    try {
      Dataset d = CsvData.read(f, "y", List.of());
      assertEquals(List.of("a", "b"), d.names());
      for (int i = 0; i < rows.length; i++) {
        assertArrayEquals(new double[] {rows[i][0], rows[i][1]}, d.row(i), 0.0);
        assertEquals(rows[i][2], d.y(i), 0.0);
      }
    } finally {
      Files.deleteIfExists(f);
    }
  }

  @Provide
  Arbitrary<String> tables() {
    Arbitrary<String> name = Arbitraries.of("x", "y", "z", "pi", "sin", "1a", "", "x", "a b", "\u0007");
    Arbitrary<String> field = Arbitraries.oneOf(Arbitraries.of("", "nan", "1e999", "a", "9".repeat(300), "1", "1"),
        Arbitraries.doubles().between(-3, 3).map(String::valueOf));
    Arbitrary<String> header = name.list().ofMinSize(1).ofMaxSize(4).map(l -> String.join(",", l));
    Arbitrary<String> row = field.list().ofMinSize(1).ofMaxSize(4).map(l -> String.join(",", l));
    return Combinators.combine(header, row.list().ofMaxSize(8)).as((h, rows) -> h + "\n" + String.join("\n", rows) + "\n");
  }

  @Provide
  Arbitrary<String> targets() { return Arbitraries.of("y", "x", "nope", ""); }

  @Provide
  Arbitrary<List<String>> inputs() {
    return Arbitraries.of("x", "z", "y", "x", "nope").list().ofMaxSize(3).map(ArrayList::new);
  }

  @Provide
  Arbitrary<double[][]> numbers() {
    Arbitrary<double[]> row = Arbitraries.doubles().between(-1e12, 1e12).array(double[].class).ofSize(3);
    // distinct first rows, so that no column is constant
    return row.array(double[][].class).ofMinSize(5).ofMaxSize(30)
        .filter(r -> r[0][0] != r[1][0] && r[0][1] != r[1][1] && r[0][2] != r[1][2]);
  }
}
