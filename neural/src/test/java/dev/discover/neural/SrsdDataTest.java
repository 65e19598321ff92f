package dev.discover.neural;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SrsdDataTest {
  @TempDir Path dir;

  private Path file() throws IOException {
    String head = "id,group,output,formula";
    for (int k = 1; k <= 3; k++) head += ",v" + k + "_name,v" + k + "_dist,v" + k + "_low,v" + k + "_high,v" + k + "_sign";
    Path p = dir.resolve("srsd.csv");
    Files.writeString(p, head + "\n"
        + "t-1,easy,y,q*r/(4*pi*8.854e-12*r^3),q,log_uniform,0.1,10.0,random,r,log_uniform,0.01,1.0,positive,,,,,\n"
        + "t-2,hard,z,sqrt(a - 2)*n,a,uniform,0,4,positive,n,int_uniform,1,4,positive,,,,,\n");
    return p;
  }

  @Test
  void sample_followsTheDistributionsAndSigns() throws IOException {
    Dataset d = SrsdData.find(file(), "t-1").sample(2000, 0, 1);
    int neg = 0;
    double minR = Double.POSITIVE_INFINITY, maxR = 0;
    int lowDecade = 0;
    for (int i = 0; i < d.rows(); i++) {
      double q = d.x(0, i), r = d.x(1, i);
      assertTrue(Math.abs(q) >= 0.1 && Math.abs(q) <= 10, "q " + q);
      if (q < 0) neg++;
      minR = Math.min(minR, r);
      maxR = Math.max(maxR, r);
      if (r < 0.1) lowDecade++;
      assertEquals(q / (4 * Math.PI * 8.854e-12 * r * r), d.y(i), 1e-9 * Math.abs(d.y(i)));
    }
    assertTrue(neg > 900 && neg < 1100, "random sign: " + neg);
    assertTrue(minR >= 0.01 && maxR <= 1.0);
    assertTrue(lowDecade > 900 && lowDecade < 1100, "log-uniform: half the rows in the lower decade, got " + lowDecade);
  }

  @Test
  void sample_redrawsInvalidTargetsAndDrawsIntegersBelowTheUpperBound() throws IOException {
    Dataset d = SrsdData.find(file(), "t-2").sample(500, 0, 2);
    assertEquals(500, d.rows()); // rows with a < 2 (no real square root) were drawn again
    for (int i = 0; i < d.rows(); i++) {
      assertTrue(d.x(0, i) >= 2, "a " + d.x(0, i));
      double n = d.x(1, i);
      assertTrue(n == 1 || n == 2 || n == 3, "n " + n);
    }
    assertEquals(List.of("a", "n"), SrsdData.find(file(), "t-2").names());
  }

  @Test
  void asFeynman_coversBothSignsOfARandomSignVariable() throws IOException {
    FeynmanData f = SrsdData.find(file(), "t-1").asFeynman();
    assertEquals(-10, f.low()[0], 0);
    assertEquals(10, f.high()[0], 0);
    assertEquals(0.01, f.low()[1], 0);
    assertTrue(f.mismatch(dev.discover.symbolic.ExprParser.parse("q/(4*3.141592653589793*8.854e-12*r^2)"), 1) < 1e-9);
  }
}
