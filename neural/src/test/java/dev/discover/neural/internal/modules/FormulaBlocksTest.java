package dev.discover.neural.internal.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.discover.symbolic.ExprParser;
import java.util.List;
import org.junit.jupiter.api.Test;

class FormulaBlocksTest {
  @Test
  void product_splitsIntoFactorsThatShareNoInput() {
    List<String> v = List.of("G", "m1", "m2", "x1", "x2", "y1", "y2");
    assertEquals(List.of(List.of(0), List.of(1), List.of(2), List.of(3, 4, 5, 6)),
        FormulaBlocks.of(ExprParser.parse("-G*m1*m2/((x2-x1)^2+(y2-y1)^2)"), v, true));
  }

  @Test
  void sum_splitsIntoTermsJoinedWhereTheyShareAnInput() {
    List<String> v = List.of("a", "b", "c", "d", "e");
    assertEquals(List.of(List.of(0, 1), List.of(2, 3, 4)),
        FormulaBlocks.of(ExprParser.parse("a*b + 3*c*d - d/e"), v, false));
  }

  @Test
  void exponentialOfASumAndSquareRoot_areProducts() {
    List<String> v = List.of("a", "b", "c");
    assertEquals(List.of(List.of(0), List.of(1), List.of(2)), FormulaBlocks.of(ExprParser.parse("sqrt(a*b)*exp(-c)"), v, true));
    assertEquals(List.of(List.of(0, 1, 2)), FormulaBlocks.of(ExprParser.parse("sqrt(a*b)*exp(-c)"), v, false));
  }
}
