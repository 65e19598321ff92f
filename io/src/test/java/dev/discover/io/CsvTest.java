package dev.discover.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one CSV reader: fields and lines as written, and every message in the one format. */
class CsvTest {
  @TempDir Path dir;

  private static String error(String text) {
    return assertThrows(InputException.class, () -> {
      Table t = Csv.parse(List.of(text.split("\n", -1)), "f.csv");
      for (Table.Row r : t.rows()) for (int c = 0; c < t.columns().size(); c++) t.number(r, c);
    }).getMessage();
  }

  @Test
  void parse_keepsLineNumbersSkipsBlankLinesAndUnquotesFields() {
    Table t = Csv.parse(List.of("", " a , \"b\"", "1,2", "", "3, \"4\""), "f.csv");
    assertEquals(List.of("a", "b"), t.columns());
    assertEquals(2, t.headerLine());
    assertEquals(List.of(3, 5), t.rows().stream().map(Table.Row::line).toList());
    assertEquals(4.0, t.number(t.rows().get(1), 1), 0.0);
    assertEquals(1, t.column("b").getAsInt());
    assertEquals(false, t.column("c").isPresent());
  }

  /** {CSV text, the message it must give}. */
  private static final String[][] BAD = {
      {"a,b\n1,2\n3", "f.csv:3: expected 2 fields (a,b), got 1"},
      {"a,b\n1,x", "f.csv:2: column 'b': expected a number, got 'x'"},
      {"a,b\nNaN,1", "f.csv:2: column 'a': expected a finite number, got 'NaN'"},
      {"a,,b\n1,2,3", "f.csv:1: column 2 has no name"},
      {"a,a\n1,2", "f.csv:1: column 'a': appears twice; expected distinct column names"},
      {"\n  \n", "f.csv: empty file; expected a header line of column names"},
  };

  @Test
  void parse_namesSourceLineAndColumnOfEachKindOfBadInput() {
    for (String[] c : BAD) assertEquals(c[1], error(c[0]), c[0]);
  }

  @Test
  void read_missingFileOrFolderIsInputErrorNamingIt() throws Exception {
    Path none = dir.resolve("none.csv");
    assertEquals(none + ": no such file", assertThrows(InputException.class, () -> Csv.read(none)).getMessage());
    assertEquals(dir + ": is a directory, expected a CSV file", assertThrows(InputException.class, () -> Csv.read(dir)).getMessage());
    Path f = dir.resolve("ok.csv");
    Files.writeString(f, "x\n1\n2\n");
    assertEquals(2, Csv.read(f).rows().size());
  }

  @Test
  void atomicFile_leavesNoFileWhenTheBodyFails() {
    Path f = dir.resolve("out.txt");
    assertThrows(java.io.IOException.class, () -> AtomicFile.write(f, w -> { w.write("half"); throw new java.io.IOException("disk full"); }));
    assertEquals(false, Files.exists(f));
  }
}
