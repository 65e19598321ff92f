package dev.discover.core.laws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.discover.core.ConservationLaw;
import dev.discover.core.Discovery;
import dev.discover.core.LawSearchResult;
import dev.discover.core.SystemFile;
import dev.discover.symbolic.ExprParser;
import dev.discover.symbolic.Poly;
import dev.discover.symbolic.RationalFunction;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The laws do not depend on what the variables are called, nor on the order the equations are written in. */
class InvarianceTest {
  private static List<String> laws(LawSearchResult r) { return r.laws().stream().map(ConservationLaw::expression).toList(); }

  /** Each law as a polynomial in the given variable order, up to sign. */
  private static Set<Poly> polynomials(LawSearchResult r, List<String> vars) {
    Set<Poly> out = new HashSet<>();
    for (ConservationLaw l : r.laws()) {
      RationalFunction f = RationalFunction.of(ExprParser.parse(l.expression()), vars, Map.of());
      assertTrue(f.den().isConstant(), l.expression());
      Poly p = f.num();
      out.add(p.toString().compareTo(p.negate().toString()) < 0 ? p : p.negate());
    }
    return out;
  }

  @Test
  void renamedVariables_giveTheSameLawsRenamed() {
    LawSearchResult a = Discovery.system("w1", "w2", "w3").parameter("I2", 2).equation("w1", "(I2 - 3)*w2*w3")
        .equation("w2", "(3 - 1)/I2*w3*w1").equation("w3", "(1 - I2)/3*w1*w2").polynomialBasis(2).findLaws();
    LawSearchResult b = Discovery.system("p", "q", "r").parameter("k", 2).equation("p", "(k - 3)*q*r")
        .equation("q", "(3 - 1)/k*r*p").equation("r", "(1 - k)/3*p*q").polynomialBasis(2).findLaws();
    assertEquals(2, a.independentCount());
    List<String> renamed = laws(a).stream().map(e -> e.replace("w1", "p").replace("w2", "q").replace("w3", "r")).toList();
    assertEquals(renamed, laws(b));
    assertEquals(a.nullSpaceDimension(), b.nullSpaceDimension());
  }

  /** The cyclic Lotka-Volterra system with the variables and the equations given in the orders named. */
  private static LawSearchResult toy(List<String> variableOrder, List<String> equationOrder) {
    Map<String, String> rhs = Map.of("x", "x*(y - z)", "y", "y*(z - x)", "z", "z*(x - y)");
    Discovery.Builder b = Discovery.system(variableOrder.toArray(new String[0]));
    for (String v : equationOrder) b.equation(v, rhs.get(v));
    return b.polynomialBasis(3).findLaws();
  }

  @Test
  void equationOrder_doesNotChangeTheLaws() {
    LawSearchResult a = toy(List.of("x", "y", "z"), List.of("x", "y", "z"));
    LawSearchResult b = toy(List.of("x", "y", "z"), List.of("z", "x", "y"));
    assertEquals(List.of("x + y + z", "x*y*z"), laws(a));
    assertEquals(laws(a), laws(b));
  }

  @Test
  void shuffledEquationsInASystemFile_giveTheSameResult(@TempDir Path dir) throws IOException {
    String head = "{\"name\": \"top\", \"variables\": [\"w1\", \"w2\", \"w3\"], \"parameters\": {\"I1\": 1, \"I2\": 2, \"I3\": 3},"
        + " \"basis\": {\"polynomial_degree\": 2}, \"equations\": {";
    String e1 = "\"w1\": \"(I2 - I3)/I1*w2*w3\"";
    String e2 = "\"w2\": \"(I3 - I1)/I2*w3*w1\"";
    String e3 = "\"w3\": \"(I1 - I2)/I3*w1*w2\"";
    Path inOrder = Files.writeString(dir.resolve("a.json"), head + e1 + ", " + e2 + ", " + e3 + "}}");
    Path shuffled = Files.writeString(dir.resolve("b.json"), head + e3 + ", " + e1 + ", " + e2 + "}}");
    LawSearchResult a = Discovery.findLaws(SystemFile.load(inOrder));
    LawSearchResult b = Discovery.findLaws(SystemFile.load(shuffled));
    assertEquals(2, a.independentCount());
    assertEquals(laws(a), laws(b));
    assertEquals(a.dependentByDegree(), b.dependentByDegree());
  }

  @Test
  void variableOrder_givesTheSameLawsAsPolynomials() {
    LawSearchResult a = toy(List.of("x", "y", "z"), List.of("x", "y", "z"));
    LawSearchResult b = toy(List.of("z", "x", "y"), List.of("y", "z", "x"));
    List<String> vars = List.of("x", "y", "z");
    assertEquals(2, b.independentCount());
    assertEquals(polynomials(a, vars), polynomials(b, vars));
  }
}
