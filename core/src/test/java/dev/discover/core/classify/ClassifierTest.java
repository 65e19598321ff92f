package dev.discover.core.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.discover.core.SystemFile;
import dev.discover.core.SystemSpec;
import dev.discover.io.InputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ClassifierTest {
  static Path systems() {
    Path p = Path.of("").toAbsolutePath();
    while (p != null && !Files.isDirectory(p.resolve("systems"))) p = p.getParent();
    if (p == null) throw new IllegalStateException("no systems/ directory above the working directory");
    return p.resolve("systems");
  }

  private static Classification run(String file) {
    return Classifier.classify(SystemFile.load(systems().resolve(file)), ClassifyOptions.defaults());
  }

  private static SystemSpec spec(String json) { return SystemFile.parse(json, "test.json"); }

  private static void allExact(ClassifiedCase k) {
    assertFalse(k.extraLaws().isEmpty(), "case " + k.equations() + " lists no extra law");
    for (CaseLaw l : k.extraLaws()) assertEquals("exact", l.verification(), l.expression());
  }

  @Test
  void henonHeilesFamily_findsExactlyTheFourIntegrableFamiliesAndTheirNestedCases() {
    Classification c = run("henon-heiles-family.json");
    assertEquals(209, c.basisSize());
    assertEquals(2, c.genericLaws());
    Set<List<String>> top = c.cases().stream().filter(k -> k.within().isEmpty()).map(ClassifiedCase::equations)
        .collect(Collectors.toSet());
    assertEquals(Set.of(List.of("D = 0"), List.of("D = -1/6*C"), List.of("B = 16*A", "D = -1/16*C"),
        List.of("B = A", "D = -C")), top);
    for (ClassifiedCase k : c.cases()) {
      allExact(k);
      assertEquals(k.laws() - c.genericLaws(), k.extraLaws().size(), "extra laws of " + k.equations());
      if (!k.within().isEmpty()) {
        for (int parent : k.within()) {
          assertTrue(k.laws() > c.cases().get(parent - 1).laws(), "nested case " + k.equations() + " adds no law");
        }
      }
    }
    ClassifiedCase isotropic = c.cases().stream().filter(k -> k.equations().equals(List.of("B = A", "C = 0", "D = 0")))
        .findFirst().orElseThrow();
    assertTrue(isotropic.laws() > 20, "isotropic oscillator has " + isotropic.laws() + " laws");
  }

  @Test
  void chemistryFamily_thirdGenericLawDependsOnK4AndK5() {
    Classification c = run("chem-symbolic.json");
    assertEquals(3, c.genericLaws());
    List<List<String>> depends = c.generic().stream().map(CaseLaw::dependsOn).toList();
    assertTrue(depends.contains(List.of("k4", "k5")), "generic laws depend on " + depends);
    ClassifiedCase noNitricAcid = c.cases().stream().filter(k -> k.equations().equals(List.of("k8 = 0")))
        .findFirst().orElseThrow();
    assertEquals(4, noNitricAcid.laws());
    assertEquals("HNO3", noNitricAcid.extraLaws().get(0).expression());
  }

  @Test
  void lotkaVolterraFamily_linearLawExactlyWhenTheRatesMultiplyToOne() {
    Classification c = run("lotka-volterra-family.json");
    assertEquals(0, c.genericLaws());
    assertEquals(1, c.cases().size());
    assertEquals(List.of("a*b*c - 1 = 0"), c.cases().get(0).equations());
    allExact(c.cases().get(0));
  }

  @Test
  void oscillatorFamily_zeroCouplingGivesMoreLaws() {
    Classification c = Classifier.classify(spec("{\"variables\": [\"x\", \"y\"], \"parameters\": {\"k\": \"symbolic\"},"
        + " \"equations\": {\"x\": \"k*y\", \"y\": \"-x\"}, \"basis\": {\"polynomial_degree\": 2}}"), ClassifyOptions.defaults());
    assertEquals(1, c.genericLaws());
    assertEquals(List.of("k"), c.generic().get(0).dependsOn());
    assertEquals(1, c.cases().size());
    assertEquals(List.of("k = 0"), c.cases().get(0).equations());
    assertEquals(2, c.cases().get(0).laws());
  }

  @Test
  void whereCondition_restrictsTheClassification() {
    SystemSpec s = spec("{\"variables\": [\"x\", \"y\"], \"parameters\": {\"k\": \"symbolic\", \"m\": \"symbolic\"},"
        + " \"equations\": {\"x\": \"k*y\", \"y\": \"-m*x\"}, \"basis\": {\"polynomial_degree\": 1}}");
    Classification all = Classifier.classify(s, ClassifyOptions.defaults());
    Classification onK = Classifier.classify(s, ClassifyOptions.defaults().withWhere(List.of("k = 0")));
    assertTrue(all.cases().size() > onK.cases().size() || all.genericLaws() < onK.genericLaws());
    assertEquals(1, onK.genericLaws());
  }

  @Test
  void noSymbolicParameter_isBadInputNamingTheField() {
    InputException e = assertThrows(InputException.class, () -> Classifier.classify(spec("{\"variables\": [\"x\"],"
        + " \"equations\": {\"x\": \"-x\"}, \"basis\": {\"polynomial_degree\": 2}}"), ClassifyOptions.defaults()));
    assertTrue(e.getMessage().startsWith("test.json: field 'parameters'"), e.getMessage());
  }

  @Test
  void basisTooLarge_saysHowLargeAndWhatToChange() {
    InputException e = assertThrows(InputException.class, () -> Classifier.classify(
        SystemFile.load(systems().resolve("henon-heiles-family.json")), ClassifyOptions.defaults().withMaxBasis(100)));
    assertTrue(e.getMessage().contains("field 'basis'") && e.getMessage().contains("209 functions")
        && e.getMessage().contains("polynomial_degree"), e.getMessage());
  }

  @Test
  void conditionMakingTheSystemUndefined_isBadInput() {
    SystemSpec s = spec("{\"variables\": [\"x\"], \"parameters\": {\"k\": \"symbolic\"},"
        + " \"equations\": {\"x\": \"x/k\"}, \"basis\": {\"polynomial_degree\": 1}}");
    InputException e = assertThrows(InputException.class,
        () -> Classifier.classify(s, ClassifyOptions.defaults().withWhere(List.of("k = 0"))));
    assertTrue(e.getMessage().startsWith("test.json: field '--where'") && e.getMessage().contains("undefined"),
        e.getMessage());
    Classification c = Classifier.classify(s, ClassifyOptions.defaults());
    assertEquals(List.of("k != 0"), c.standingInequations());
  }
}
