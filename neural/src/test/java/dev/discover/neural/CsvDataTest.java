package dev.discover.neural;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.discover.io.InputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The formula command's table: inputs and target by name, bad input named by file, line and column. */
class CsvDataTest {
  @TempDir Path dir;

  private Path write(String text) throws IOException {
    Path p = dir.resolve("data.csv");
    Files.writeString(p, text);
    return p;
  }

  @Test
  void read_takesEveryOtherColumnAsInput() throws IOException {
    Dataset d = CsvData.read(write("a,b,y\n1,2,3\n2,3,5\n3,5,8\n"), "y", List.of());
    assertEquals(List.of("a", "b"), d.names());
    assertEquals(3, d.rows());
    assertEquals(8, d.y(2), 1e-12);
  }

  @Test
  void read_rejectsNaNNamingLineAndColumn() throws IOException {
    Path p = write("a,b,y\n1,2,3\n2,NaN,5\n3,5,8\n");
    InputException e = assertThrows(InputException.class, () -> CsvData.read(p, "y", List.of()));
    assertTrue(e.getMessage().startsWith(p + ":3: column 'b'") && e.getMessage().contains("finite"),
        e.getMessage());
  }

  @Test
  void read_rejectsTextInNumberField() throws IOException {
    Path p = write("a,y\n1,2\nabc,3\n4,5\n");
    InputException e = assertThrows(InputException.class, () -> CsvData.read(p, "y", List.of()));
    assertTrue(e.getMessage().contains("expected a number, got 'abc'"), e.getMessage());
  }

  @Test
  void read_rejectsMissingTargetListingColumns() throws IOException {
    Path p = write("a,y\n1,2\n3,4\n5,7\n");
    InputException e = assertThrows(InputException.class, () -> CsvData.read(p, "z", List.of()));
    assertTrue(e.getMessage().contains("no column 'z'") && e.getMessage().contains("a, y"), e.getMessage());
  }

  @Test
  void read_rejectsConstantColumn() throws IOException {
    Path p = write("a,b,y\n1,2,3\n1,3,5\n1,5,8\n1,6,2\n");
    InputException e = assertThrows(InputException.class, () -> CsvData.read(p, "y", List.of()));
    assertTrue(e.getMessage().contains("'a'") && e.getMessage().contains("varying"), e.getMessage());
  }

  @Test
  void read_rejectsFewerRowsThanInputs() throws IOException {
    Path p = write("a,b,c,y\n1,2,3,4\n2,3,4,1\n");
    InputException e = assertThrows(InputException.class, () -> CsvData.read(p, "y", List.of()));
    assertTrue(e.getMessage().contains("more data rows than inputs"), e.getMessage());
  }
}
