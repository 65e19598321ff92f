package dev.discover.core.pde;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.discover.symbolic.ExprParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.hipparchus.fraction.BigFraction;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every PDE system file in systems/: the independent count and the expected densities (up to a constant
 * factor) must match, and every printed density and flux, parsed back, must satisfy D_t rho + Div J = 0 as a
 * polynomial identity on the file's equations with its numeric parameters substituted.
 */
class PdeSystemsTest {
  static Stream<Path> pdeSystems() throws IOException {
    Path p = Path.of("").toAbsolutePath();
    while (!Files.isDirectory(p.resolve("systems"))) p = p.getParent();
    List<Path> out = new ArrayList<>();
    try (Stream<Path> s = Files.list(p.resolve("systems"))) {
      for (Path f : s.filter(f -> f.toString().endsWith(".json")).sorted().toList()) if (PdeFile.kind(f).equals("pde")) out.add(f);
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pdeSystems")
  void system_hasTheExpectedDensitiesWithVerifiedFluxes(Path file) {
    PdeSpec spec = PdeFile.load(file, w -> { });
    PdeResult r = PdeLaws.find(spec);
    if (spec.expected().independent() >= 0) assertEquals(spec.expected().independent(), r.independentCount(), "independent densities");
    Setup s = new Setup(spec);
    List<DiffPoly> found = new ArrayList<>();
    List<PdeLaw> all = new ArrayList<>(r.laws());
    r.cases().forEach(c -> all.addAll(c.laws()));
    for (PdeLaw l : r.laws()) found.add(parse(s, l.density()));
    for (String e : spec.expected().densities()) {
      DiffPoly want = parse(s, e);
      assertTrue(found.stream().anyMatch(f -> proportional(f, want)), "expected density " + e + " among " + r.laws());
    }
    for (PdeLaw l : all) {
      assertEquals("exact", l.verification());
      if (!r.symbolic().isEmpty() && !r.laws().contains(l)) continue; // checked modulo its conditions by the engine
      DiffPoly res = s.numericOps.dt(parse(s, l.density()));
      for (int j = 0; j < spec.space().size(); j++) res = res.add(s.numericOps.d(parse(s, l.flux().get(spec.space().get(j))), j));
      assertTrue(res.isZero(), "D_t rho + Div J != 0 for " + l.density());
    }
    for (String c : spec.expected().conditions()) {
      List<String> want = List.of(c.split(";"));
      assertTrue(r.joint().stream().anyMatch(j -> j.conditions().containsAll(want) && j.conditions().size() == want.size()),
          "expected joint case " + want + " among " + r.joint());
    }
  }

  private static DiffPoly parse(Setup s, String text) {
    return Setup.substitute(new PolyReader(new PdeNames(s.jets), "test", "density").read(ExprParser.parse(text)), s.allValues);
  }

  static boolean proportional(DiffPoly a, DiffPoly b) {
    if (a.size() != b.size() || a.isZero()) return false;
    Map.Entry<DiffPoly.Mono, BigFraction> t = a.terms().entrySet().iterator().next();
    BigFraction cb = b.coefficient(t.getKey());
    if (cb.signum() == 0) return false;
    return a.scale(cb.divide(t.getValue())).equals(b);
  }
}
