package dev.discover.core.pde;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.discover.io.InputException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad PDE system files fail with one message naming the file and the field. */
class PdeBadInputTest {
  @TempDir Path dir;

  private static String kdv(String equations, String basis) {
    return "{\"kind\": \"pde\", \"space\": [\"x\"], \"fields\": [\"u\"], \"equations\": " + equations + ", \"basis\": " + basis + "}";
  }

  private static InputException fails(String json) {
    return assertThrows(InputException.class, () -> PdeLaws.find(PdeFile.parse(json, "f.json", w -> { })));
  }

  private static void names(InputException e, String field) {
    assertTrue(e.getMessage().startsWith("f.json: field '" + field + "'"), e.getMessage());
  }

  @Test
  void derivativeOfUnknownField_namesTheEquation() {
    InputException e = fails(kdv("{\"u\": \"-u*w_x\"}", "{\"rank\": 4}"));
    names(e, "equations.u");
    assertTrue(e.getMessage().contains("'w' is not a field") || e.getMessage().contains("which is not a field"), e.getMessage());
  }

  @Test
  void unknownSpaceVariable_namesTheLetter() {
    InputException e = fails(kdv("{\"u\": \"-u*u_x - u_xyy\"}", "{\"rank\": 4}"));
    names(e, "equations.u");
    assertTrue(e.getMessage().contains("'y' is not a space variable"), e.getMessage());
  }

  @Test
  void fieldWithoutEquation_isReported() {
    String json = "{\"kind\": \"pde\", \"space\": [\"x\"], \"fields\": [\"u\", \"v\"], \"equations\": {\"u\": \"v_x\"}, \"basis\": {\"rank\": 2}}";
    InputException e = fails(json);
    names(e, "equations");
    assertTrue(e.getMessage().contains("field 'v' has no equation"), e.getMessage());
  }

  @Test
  void rankWithoutCandidates_isReported() {
    names(fails(kdv("{\"u\": \"-6*u*u_x - u_xxx\"}", "{\"rank\": 3}")), "basis.rank");
  }

  @Test
  void noScalingAndNoDegreeBounds_asksForDegreeBounds() {
    InputException e = fails(kdv("{\"u\": \"-u*u_x + u_xx - u_xxx\"}", "{\"max_rank\": 6}"));
    names(e, "basis");
    assertTrue(e.getMessage().contains("degree"), e.getMessage());
  }

  @Test
  void underscoreInAFieldName_isExplained() {
    String json = "{\"kind\": \"pde\", \"space\": [\"x\"], \"fields\": [\"u_1\"], \"equations\": {\"u_1\": \"0\"}, \"basis\": {\"rank\": 2}}";
    InputException e = fails(json);
    names(e, "fields[0]");
    assertTrue(e.getMessage().contains("underscore"), e.getMessage());
  }

  @Test
  void misspeltKind_isBadInput() throws Exception {
    Path f = dir.resolve("k.json");
    Files.writeString(f, kdv("{\"u\": \"-u*u_x\"}", "{\"rank\": 2}").replace("\"pde\"", "\"pdee\""));
    InputException e = assertThrows(InputException.class, () -> PdeFile.kind(f));
    assertTrue(e.getMessage().startsWith(f + ": field 'kind'"), e.getMessage());
  }

  @Test
  void absentKind_meansOde() throws Exception {
    Path f = dir.resolve("o.json");
    Files.writeString(f, "{\"variables\": [\"x\"], \"equations\": {\"x\": \"0\"}, \"basis\": {\"polynomial_degree\": 1}}");
    assertEquals("ode", PdeFile.kind(f));
  }
}
