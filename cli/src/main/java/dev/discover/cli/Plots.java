package dev.discover.cli;

import dev.discover.core.Coefficient;
import dev.discover.core.ConservationLaw;
import dev.discover.core.LawSearchResult;
import dev.discover.core.Spectrum;
import dev.discover.io.AtomicFile;
import dev.discover.io.InputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * SVG figures of a law search: the singular-value spectrum with the null-space threshold marked (when the
 * floating-point cross-check ran), and the coefficient pattern of the laws as a labelled matrix over the basis
 * functions they use. Files are written to a temporary name and moved into place, so a failure leaves no
 * half-written figure.
 */
final class Plots {
  private Plots() {}

  /** Writes spectrum.svg (when there is a spectrum) and coefficients.svg into {@code dir}; returns the paths. */
  static List<Path> write(LawSearchResult r, Path dir) {
    List<Path> out = new ArrayList<>();
    for (Map.Entry<String, Svg> f : figures(r).entrySet()) out.add(save(f.getValue(), dir.resolve(f.getKey())));
    return out;
  }

  /** The figures by file name, in order. */
  static Map<String, Svg> figures(LawSearchResult r) {
    Map<String, Svg> out = new LinkedHashMap<>();
    if (r.spectrum().present()) out.put("spectrum.svg", spectrum(r));
    out.put("coefficients.svg", coefficients(r));
    return out;
  }

  static Svg spectrum(LawSearchResult r) {
    Spectrum s = r.spectrum();
    double[] sv = s.singularValues();
    double floor = 1e-17;
    List<double[]> range = new ArrayList<>(), nul = new ArrayList<>();
    for (int i = 0; i < sv.length; i++) (sv[i] < s.tolerance() ? nul : range).add(new double[] {i + 1, Math.max(sv[i], floor)});
    Chart c = new Chart(r.system() + ": singular values (null-space dimension " + s.nullDimension() + ")",
        "index (" + sv.length + " singular values)", "singular value / largest of its block").logY();
    if (!range.isEmpty()) c.points(column(range, 0), column(range, 1), Chart.COLORS[0], "range (" + range.size() + ")");
    if (!nul.isEmpty()) c.points(column(nul, 0), column(nul, 1), Chart.COLORS[1], "null space (" + nul.size() + ")");
    c.dashed(new double[] {1, Math.max(2, sv.length)}, new double[] {s.tolerance(), s.tolerance()}, "#444",
        "threshold " + s.tolerance());
    Svg svg = new Svg(800, 480, r.system() + ": singular values");
    c.draw(svg, 0, 0, 800, 480);
    return svg;
  }

  private static double[] column(List<double[]> points, int k) {
    double[] out = new double[points.size()];
    for (int i = 0; i < out.length; i++) out[i] = points.get(i)[k];
    return out;
  }

  static Svg coefficients(LawSearchResult r) {
    List<CoefficientMatrix.Row> rows = new ArrayList<>();
    int k = 1;
    for (ConservationLaw l : r.laws()) {
      Map<String, Double> values = new LinkedHashMap<>();
      Map<String, String> texts = new LinkedHashMap<>();
      for (Map.Entry<String, Coefficient> c : l.coefficients().entrySet()) {
        values.put(c.getKey(), c.getValue().doubleValue());
        texts.put(c.getKey(), c.getValue().text());
      }
      rows.add(new CoefficientMatrix.Row("law " + k++, values, texts));
    }
    return CoefficientMatrix.draw(r.system() + ": coefficients of the " + r.laws().size() + " laws", rows, r.basisSize());
  }

  /** Writes one figure atomically; a failure is bad input naming the file. */
  static Path save(Svg svg, Path target) {
    try {
      Files.createDirectories(target.toAbsolutePath().getParent());
      AtomicFile.write(target, w -> w.write(svg.toString()));
      return target;
    } catch (IOException e) {
      throw new InputException("--plot: cannot write '" + target + "': " + e.getMessage());
    }
  }
}
