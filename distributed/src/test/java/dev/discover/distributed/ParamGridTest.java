package dev.discover.distributed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.discover.io.InputException;
import java.util.List;
import java.util.Map;
import org.hipparchus.fraction.BigFraction;
import org.junit.jupiter.api.Test;

class ParamGridTest {
  @Test
  void rationalGrid_hasStepOneFortyEighthAndContainsTheIntegrableValues() {
    ParamGrid.Axis d = ParamGrid.axis("D=-2:1:145");
    assertEquals(145, d.values().size());
    assertEquals(new BigFraction(1, 48), d.values().get(1).subtract(d.values().get(0)));
    List<String> texts = d.values().stream().map(ParamGrid::text).toList();
    assertTrue(texts.containsAll(List.of("-2", "-1", "-1/6", "-1/16", "0", "1")), texts.toString());
  }

  @Test
  void grid_isEveryCombinationFirstParameterSlowest() {
    List<Map<String, String>> g = ParamGrid.grid(List.of(ParamGrid.axis("A=1"), ParamGrid.axis("D=0:1:3"), ParamGrid.axis("B=1,2,16")));
    assertEquals(9, g.size());
    assertEquals(Map.of("A", "1", "D", "0", "B", "1"), g.get(0));
    assertEquals(Map.of("A", "1", "D", "1/2", "B", "16"), g.get(5));
    assertEquals(Map.of("A", "1", "D", "1", "B", "16"), g.get(8));
  }

  @Test
  void decimalsAndFractions_parseExactly() {
    assertEquals(new BigFraction(1, 8), ParamGrid.parse("0.125"));
    assertEquals(new BigFraction(-3, 2), ParamGrid.parse("-6/4"));
    assertEquals("-3/2", ParamGrid.text(ParamGrid.parse("-1.5")));
  }

  @Test
  void randomPoints_areSeededAndInsideTheirRanges() {
    List<ParamGrid.Axis> axes = List.of(ParamGrid.axis("A=0:2"), ParamGrid.axis("B=1,2,16"));
    List<Map<String, String>> a = ParamGrid.random(axes, 50, 7);
    assertEquals(a, ParamGrid.random(axes, 50, 7));
    assertTrue(!a.equals(ParamGrid.random(axes, 50, 8)));
    for (Map<String, String> p : a) {
      BigFraction v = ParamGrid.parse(p.get("A"));
      assertTrue(v.compareTo(BigFraction.ZERO) >= 0 && v.compareTo(BigFraction.TWO) <= 0, p.toString());
      assertTrue(List.of("1", "2", "16").contains(p.get("B")), p.toString());
    }
  }

  @Test
  void badSpecs_nameTheParameterAndWhatWasExpected() {
    assertTrue(assertThrows(InputException.class, () -> ParamGrid.axis("D")).getMessage().contains("expected NAME=START:END:COUNT"));
    assertTrue(assertThrows(InputException.class, () -> ParamGrid.axis("D=1:0:5")).getMessage().contains("START <= END"));
    assertTrue(assertThrows(InputException.class, () -> ParamGrid.axis("D=0:1:x")).getMessage().contains("integer COUNT"));
    assertTrue(assertThrows(InputException.class, () -> ParamGrid.axis("D=a,b")).getMessage().contains("expected a number"));
    assertTrue(assertThrows(InputException.class, () -> ParamGrid.axis("D=1/0")).getMessage().contains("expected a number"));
    assertTrue(assertThrows(InputException.class, () -> ParamGrid.grid(List.of(ParamGrid.axis("D=0:1")))).getMessage().contains("needs --random"));
  }
}
