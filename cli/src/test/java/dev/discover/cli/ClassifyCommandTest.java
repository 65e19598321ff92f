package dev.discover.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassifyCommandTest {
  @TempDir Path dir;

  @Test
  void lotkaVolterraFamily_jsonHasCasesWithConditionsAndLaws() throws Exception {
    CliRun r = LawsCommandTest.run("classify", LawsCommandTest.system("lotka-volterra-family.json").toString(),
        "--format", "json");
    assertEquals(0, r.code(), r.err());
    JsonNode o = new ObjectMapper().readTree(r.out());
    JsonNode cases = o.get("cases");
    assertEquals(1, cases.size());
    assertEquals("a*b*c - 1 = 0", cases.get(0).get("conditions").get(0).asText());
    assertEquals("exact", cases.get(0).get("laws").get(0).get("verification").asText());
    assertEquals(0, o.get("generic").get("law_count").asInt());
  }

  @Test
  void everyFormat_rendersTheCase() {
    for (String f : new String[] {"text", "markdown", "latex"}) {
      CliRun r = LawsCommandTest.run("classify", LawsCommandTest.system("lotka-volterra-family.json").toString(),
          "--format", f);
      assertEquals(0, r.code(), r.err());
      assertTrue(r.out().contains(f.equals("latex") ? "a\\,b\\,c - 1 = 0" : "a*b*c - 1 = 0"), f + ":\n" + r.out());
    }
  }

  @Test
  void systemWithoutSymbolicParameter_exitsTwoNamingFileAndField() {
    CliRun r = LawsCommandTest.run("classify", LawsCommandTest.system("toy.json").toString());
    assertEquals(2, r.code());
    assertTrue(r.err().contains("toy.json: field 'parameters'"), r.err());
    assertEquals("", r.out());
  }

  @Test
  void whereThatMakesTheSystemUndefined_exitsTwo() throws Exception {
    Path f = dir.resolve("undefined.json");
    Files.writeString(f, "{\"variables\": [\"x\"], \"parameters\": {\"k\": \"symbolic\"}, \"equations\": {\"x\": \"x/k\"},"
        + " \"basis\": {\"polynomial_degree\": 1}}");
    CliRun r = LawsCommandTest.run("classify", f.toString(), "--where", "k = 0");
    assertEquals(2, r.code());
    assertTrue(r.err().contains("undefined.json: field '--where'") && r.err().contains("undefined"), r.err());
  }
}
