package dev.discover.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.discover.neural.SvgAssert;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlotsTest {
  @TempDir Path dir;

  @Test
  void plot_writesSvgFiguresThatARealRendererDraws() throws Exception {
    CliRun r = LawsCommandTest.run(LawsCommandTest.system("toy.json").toString(), "--plot", dir.toString(),
        "--format", "json");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("\"agrees\" : true"), r.out());
    for (String name : new String[] {"spectrum.svg", "coefficients.svg"}) {
      SvgAssert.assertDrawn(dir.resolve(name), 600, 300);
    }
  }
}
