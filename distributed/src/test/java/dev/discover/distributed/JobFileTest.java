package dev.discover.distributed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.discover.io.InputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JobFileTest {
  @TempDir Path dir;

  private List<JobFile.Entry> read(String... lines) throws IOException {
    Path f = dir.resolve("jobs.jsonl");
    Files.write(f, List.of(lines));
    return JobFile.read(f);
  }

  @Test
  void formulaJob_becomesTheFormulaCommandWithItsOptionsAndJson() throws IOException {
    JobFile.Entry e = read("{\"formula\": \"data.csv\", \"target\": \"y\", \"seed\": 3, \"time_limit\": \"5s\", \"no_network\": true, \"kan\": false}").get(0);
    Job j = assertInstanceOf(JobFile.Parsed.class, e).job();
    assertEquals(List.of("formula", dir.getFileSystem().getPath("data.csv").toAbsolutePath().normalize().toString(),
        "--target", "y", "--seed", "3", "--time-limit", "5s", "--no-network", "--format", "json", "-q"), j.args());
    assertEquals("1", j.id());
    assertTrue(j.json());
  }

  @Test
  void lawsJob_isTheTopLevelCommandWithAnAbsolutePathAndTheGivenId() throws IOException {
    Job j = ((JobFile.Parsed) read("", "# comment", "{\"id\": \"toy\", \"laws\": \"systems/toy.json\", \"seed\": 2}").get(0)).job();
    assertEquals("toy", j.id());
    assertEquals(3, j.line());
    assertTrue(Path.of(j.args().get(0)).isAbsolute(), j.args().toString());
    assertEquals(List.of("--seed", "2", "--format", "json", "-q"), j.args().subList(1, j.args().size()));
  }

  @Test
  void feynmanJob_getsTheFeynmanFileResolvedOnTheDriver() throws IOException {
    Job j = ((JobFile.Parsed) read("{\"feynman\": \"I.12.1\", \"noise\": 0.01}").get(0)).job();
    assertEquals(List.of("formula", "--feynman", "I.12.1", "--noise", "0.01"), j.args().subList(0, 5));
    int k = j.args().indexOf("--feynman-file");
    assertTrue(k > 0 && Path.of(j.args().get(k + 1)).isAbsolute(), j.args().toString());
  }

  @Test
  void malformedLine_isReportedWithItsLineNumberAndTheOthersParse() throws IOException {
    List<JobFile.Entry> es = read("{\"laws\": \"a.json\"}", "{not json", "[1, 2]", "{\"laws\": \"b.json\"}");
    assertEquals(4, es.size());
    assertInstanceOf(JobFile.Parsed.class, es.get(0));
    JobFile.Malformed m = assertInstanceOf(JobFile.Malformed.class, es.get(1));
    assertTrue(m.message().contains("jobs.jsonl:2: expected a JSON object"), m.message());
    assertTrue(assertInstanceOf(JobFile.Malformed.class, es.get(2)).message().contains(":3: expected a JSON object, got array"));
    assertInstanceOf(JobFile.Parsed.class, es.get(3));
  }

  @Test
  void unknownJobType_namesTheKnownTypes() throws IOException {
    JobFile.Malformed m = assertInstanceOf(JobFile.Malformed.class, read("{\"fit\": \"x.csv\"}").get(0));
    assertTrue(m.message().contains(":1: unknown job type: expected one of the keys laws, pde, formula"), m.message());
    assertTrue(m.message().contains("got the keys fit"), m.message());
  }

  @Test
  void twoTypesFormatAndDuplicateIds_areBadLines() throws IOException {
    List<JobFile.Entry> es = read("{\"laws\": \"a.json\", \"formula\": \"b.csv\"}", "{\"laws\": \"a.json\", \"format\": \"text\"}",
        "{\"id\": 7, \"laws\": \"a.json\"}", "{\"id\": \"7\", \"laws\": \"b.json\"}");
    assertTrue(((JobFile.Malformed) es.get(0)).message().contains("expected one job type"));
    assertTrue(((JobFile.Malformed) es.get(1)).message().contains("field 'format'"));
    assertInstanceOf(JobFile.Parsed.class, es.get(2));
    assertTrue(((JobFile.Malformed) es.get(3)).message().contains("field 'id': '7' is used by an earlier line"));
  }

  @Test
  void unreadableOrEmptyJobsFile_isBadInputNamingTheFile() throws IOException {
    InputException e = assertThrows(InputException.class, () -> JobFile.read(dir.resolve("missing.jsonl")));
    assertTrue(e.getMessage().contains("missing.jsonl: cannot read the jobs file"), e.getMessage());
    Files.writeString(dir.resolve("empty.jsonl"), "\n# nothing\n");
    assertTrue(assertThrows(InputException.class, () -> JobFile.read(dir.resolve("empty.jsonl"))).getMessage().contains("at least one job"));
  }
}
