package dev.discover.neural.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.discover.symbolic.Compiler;
import dev.discover.symbolic.Expr;
import dev.discover.symbolic.Exprs;
import java.util.List;
import org.junit.jupiter.api.Test;

class SnapperTest {
  private static double value(Expr c) { return new Compiler(List.of()).compile(Tidy.piAsNumber(c)).eval(new double[0]); }

  @Test
  void candidates_writeAPhysicalConstantAsAShortDecimal() {
    double coulomb = 1 / (4 * Math.PI * 8.854e-12);
    List<Expr> c = Snapper.candidates(Template.Kind.SCALE, coulomb);
    // zero first, then pi^-1 / 3.5416e-11 (4 * 8.854e-12, five digits)
    assertEquals(0, value(c.get(0)));
    Expr best = c.get(1);
    assertEquals(coulomb, value(best), 1e-15 * coulomb);
    assertTrue(Exprs.print(best).contains("pi"), Exprs.print(best));
    // the 1/c^2 of v^2/c^2, negative: -1/299792458^2 (nine digits, squared)
    double c2 = -1 / (2.99792458e8 * 2.99792458e8);
    Expr light = Snapper.candidates(Template.Kind.SCALE, c2).get(1);
    assertEquals(c2, value(light), 1e-15 * Math.abs(c2));
    assertTrue(Exprs.print(light).contains("299792458"), Exprs.print(light));
    // 3/(20*pi*8.854e-12): a small rational beside a short decimal (3/2 beside 8.854e-11)
    double selfEnergy = 3.0 / 5 / (4 * Math.PI * 8.854e-12);
    Expr three = Snapper.candidates(Template.Kind.SCALE, selfEnergy).get(1);
    assertEquals(selfEnergy, value(three), 1e-15 * selfEnergy);
    assertTrue(Exprs.print(three).startsWith("3"), Exprs.print(three));
    double g = 6.6743e-11;
    assertEquals("66743/1000000000000000", Exprs.print(Snapper.candidates(Template.Kind.SCALE, g).get(1)));
  }

  @Test
  void candidates_keepTheDigitsOfAnImpreciseConstant() {
    // agrees with no short decimal (nor its reciprocal, square, root, over a power of pi): only zero is offered, the constant keeps its eight digits
    assertEquals(List.of(Expr.num(0)), Snapper.candidates(Template.Kind.SCALE, 4.739516428193e-11));
    // a simple constant gets rationals times powers of pi, no decimals
    List<Expr> quarter = Snapper.candidates(Template.Kind.SCALE, 0.25 / Math.PI);
    assertEquals(0.25 / Math.PI, value(quarter.get(1)), 1e-16);
    assertTrue(quarter.stream().noneMatch(e -> Exprs.print(e).contains("00")), quarter.toString());
  }

  @Test
  void candidates_offerTheNearExactOneBesideSimplerRoughOnes() {
    // 20 pi / 3 (the reciprocal of II.8.7's 3/(20 pi)): four simpler constants lie within 2 % (21, 12 sqrt(pi),
    // 37/sqrt(pi), 66/pi), and the exact one is offered all the same
    double v = 20 * Math.PI / 3;
    assertTrue(Snapper.candidates(Template.Kind.SCALE, v).stream().anyMatch(c -> Math.abs(value(c) - v) < 1e-15),
        Snapper.candidates(Template.Kind.SCALE, v).toString());
  }
}
