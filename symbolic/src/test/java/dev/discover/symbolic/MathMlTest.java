package dev.discover.symbolic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class MathMlTest {
  private static String m(String expr) { return MathMl.row(ExprParser.parse(expr)); }

  private static Document xml(String s) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    return f.newDocumentBuilder().parse(new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void names_getSubscriptsAndGreekLetters() {
    assertEquals("<msub><mi>k</mi><mn>4</mn></msub>", MathMl.name("k4"));
    assertEquals("<msub><mi mathvariant=\"normal\">HNO</mi><mn>3</mn></msub>", MathMl.name("HNO3"));
    assertEquals("<mi>\u03bb</mi>", MathMl.name("lambda"));
    assertEquals("<mi>\u03a9</mi>", MathMl.name("Omega"));
    assertEquals("<msub><mi>v</mi><mi mathvariant=\"normal\">max</mi></msub>", MathMl.name("v_max"));
    assertEquals("<mi mathvariant=\"normal\">HCHO</mi>", MathMl.name("HCHO"));
  }

  @Test
  void structure_fractionsPowersRootsAndGroupedCoefficients() {
    assertTrue(m("x^2").contains("<msup><mrow><mi>x</mi></mrow><mrow><mn>2</mn></mrow></msup>"), m("x^2"));
    assertTrue(m("1/sqrt(x^2 + y^2)").startsWith("<mrow><mfrac><mrow><mn>1</mn></mrow><mrow><msqrt>"), m("1/sqrt(x^2 + y^2)"));
    String grouped = m("(-4*k4 + 2*k5)*H2");
    String times = "<mo>\u2062</mo><mspace width=\"0.17em\"/>";
    assertTrue(grouped.startsWith("<mrow><mrow><mo>(</mo><mo>\u2212</mo><mn>4</mn>" + times + "<msub><mi>k</mi>"), grouped);
    assertTrue(grouped.contains("<mo>)</mo></mrow>" + times + "<msub><mi>H</mi><mn>2</mn></msub>"), grouped);
    assertTrue(m("-k1*NO2 + x").startsWith("<mrow><mo>\u2212</mo><msub><mi>k</mi><mn>1</mn></msub>" + times), m("-k1*NO2 + x"));
    assertTrue(m("x*(-y)*z").contains("<mrow><mo>(</mo><mo>\u2212</mo><mi>y</mi><mo>)</mo></mrow>"), m("x*(-y)*z"));
    assertTrue(m("x*2").contains("<mo>\u00d7</mo><mn>2</mn>"), m("x*2"));
    assertTrue(m("sin(theta)").contains("<mi>sin</mi><mo>\u2061</mo><mrow><mo>(</mo><mi>\u03b8</mi><mo>)</mo></mrow>"));
    assertTrue(m("x - (y - z)").contains("<mo>\u2212</mo><mrow><mo>(</mo><mi>y</mi>"), m("x - (y - z)"));
  }

  @Test
  void everyForm_isWellFormedMathMl() throws Exception {
    for (String e : new String[] {"x + y + z", "3/2*x*y - z^3", "exp(-x)*cos(2*theta)", "abs(x)/(1 + y^2)", "-x",
        "a < b"}) {
      String s;
      try {
        s = MathMl.of(ExprParser.parse(e));
      } catch (ExprException notInGrammar) {
        continue;
      }
      Document d = xml(s);
      assertEquals("math", d.getDocumentElement().getLocalName(), s);
      assertEquals("http://www.w3.org/1998/Math/MathML", d.getDocumentElement().getNamespaceURI());
    }
    assertTrue(MathMl.name("a<b").contains("a&lt;b"));
  }
}
