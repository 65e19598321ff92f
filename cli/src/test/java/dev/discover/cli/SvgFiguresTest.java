package dev.discover.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The SVG writer's promises: small files whatever the data size, labels that do not overlap, named matrices. */
class SvgFiguresTest {
  @Test
  void millionPointLine_isThinnedToThePixelColumnsAndKeepsItsPeak() {
    int n = 1_000_000;
    double[] x = new double[n], y = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = i;
      y[i] = Math.sin(i * 1e-4) + (i == 654_321 ? 5 : 0);
    }
    Svg svg = new Svg(900, 300, "test");
    new Chart("a million points", "i", "y").line(x, y, Chart.COLORS[0], "sine with one spike").draw(svg, 0, 0, 900, 300);
    String s = svg.toString();
    assertTrue(s.length() < 40_000, s.length() + " bytes");
    // the spike (about 5.9) survives: without it nothing would be drawn above the sine's maximum 1 (pixel 190)
    String points = s.substring(s.indexOf("points=\"") + 8, s.indexOf('"', s.indexOf("points=\"") + 8));
    double top = Double.POSITIVE_INFINITY;
    for (String p : points.split(" ")) top = Math.min(top, Double.parseDouble(p.split(",")[1]));
    assertTrue(top < 60, "the spike was thinned away: highest point at pixel " + top);
    assertTrue(points.matches("[0-9., -]+") && !points.matches(".*\\.\\d\\d.*"), "coordinates rounded to tenths");
  }

  @Test
  void tickLabels_neverOverlapWhateverTheRange() {
    for (double hi : new double[] {2, 10, 90, 1819, 123_456, 1e9}) {
      for (int width : new int[] {400, 800, 1600}) {
        Axis a = Axis.linear(1, hi, Math.max(2, (width - 90) / 80));
        List<Double> ticks = a.ticks();
        double spacing = (width - 120) / (double) (ticks.size() - 1);
        for (double t : ticks) {
          assertTrue(Svg.textWidth(a.label(t), 11) < spacing, "label " + a.label(t) + " wider than " + spacing + " px");
        }
        assertTrue(ticks.size() >= 2 && ticks.size() <= Math.max(2, (width - 90) / 80) + 1, ticks.toString());
      }
    }
    assertEquals("1.275e5", Chart.tick(127_500, 100));
    assertEquals("12750", Chart.tick(12_750, 10));
    assertEquals("1.2e-5", Chart.tick(1.2e-5, 1e-6));
    assertEquals("0.25", Chart.tick(0.25, 0.05));
    assertEquals(List.of("1e-12", "1e-6", "1"), Axis.log(-15.3, -0.2, 4).ticks().stream().map(t -> Axis.log(-15.3, -0.2, 4).label(t)).toList());
  }

  @Test
  void coefficientMatrix_namesEveryBasisFunctionAndColoursBySign() {
    Svg svg = CoefficientMatrix.draw("pattern", List.of(
        new CoefficientMatrix.Row("law 1", Map.of("x^2", 1.0, "px^2", 1.0), Map.of()),
        new CoefficientMatrix.Row("law 2", Map.of("x*py", 3.0, "y*px", -3.0), Map.of())), 14);
    String s = svg.toString();
    for (String name : new String[] {"x^2", "px^2", "x*py", "y*px", "law 1", "law 2"}) assertTrue(s.contains(">" + name + "</text>"), name);
    assertTrue(s.contains("fill=\"#084594\"") && s.contains("fill=\"#b2182b\""), "full blue and full red cells");
    assertTrue(s.contains("4 basis functions used of 14"), s);
  }
}
