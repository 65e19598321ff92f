package dev.discover.core.laws;

import dev.discover.core.SystemSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Variants of a system for the parameter analysis: parameters as constant variables, or at random values. */
final class ParameterSystems {
  private ParameterSystems() {}

  /** The system with the named parameters turned into variables with zero derivative (after the state). */
  static SystemSpec extended(SystemSpec s, List<String> asSymbols) {
    List<String> vars = new ArrayList<>(s.variables());
    vars.addAll(asSymbols);
    Map<String, String> params = new LinkedHashMap<>(s.parameters());
    Map<String, String> eqs = new LinkedHashMap<>(s.equations());
    for (String p : asSymbols) {
      params.remove(p);
      eqs.put(p, "0");
    }
    return new SystemSpec(s.source(), s.name(), s.description(), vars, params, s.definitions(), eqs, s.constraints(),
        s.basis(), s.sampling(), s.expectedIndependent(), s.expectedLaws());
  }

  /** The system with its symbolic parameters replaced by random rationals. */
  static SystemSpec specialized(SystemSpec s, Random rnd) {
    Map<String, String> params = new LinkedHashMap<>();
    s.parameters().forEach((k, v) -> params.put(k, v == null ? (2 + rnd.nextInt(9973)) + "/" + (1 + rnd.nextInt(997)) : v));
    return new SystemSpec(s.source(), s.name(), s.description(), s.variables(), params, s.definitions(), s.equations(),
        s.constraints(), s.basis(), s.sampling(), s.expectedIndependent(), s.expectedLaws());
  }

  /** The system with every parameter symbolic, then at random rational values. */
  static SystemSpec atRandomValues(SystemSpec spec, Random rnd) {
    Map<String, String> randomized = new LinkedHashMap<>();
    spec.parameters().keySet().forEach(p -> randomized.put(p, null));
    return specialized(new SystemSpec(spec.source(), spec.name(), spec.description(), spec.variables(), randomized,
        spec.definitions(), spec.equations(), spec.constraints(), spec.basis(), spec.sampling(), -1, List.of()), rnd);
  }

  /** The number of independent laws of a system, by its own route. */
  static int lawCount(SystemSpec spec, dev.discover.core.LawOptions opt) {
    return LawRoutes.search(LawProblem.of(spec), opt).independentCount();
  }
}
