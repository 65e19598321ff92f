package dev.discover.core;

import dev.discover.io.InputException;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BadInputTest {
  @TempDir Path dir;

  private String failure(String json) throws Exception {
    Path f = dir.resolve("bad.json");
    Files.writeString(f, json);
    InputException e = assertThrows(InputException.class, () -> Discovery.findLaws(SystemFile.load(f)));
    assertTrue(e.getMessage().startsWith(f.toString()), "message does not name the file: " + e.getMessage());
    return e.getMessage();
  }

  private static void contains(String message, String... parts) {
    for (String p : parts) assertTrue(message.contains(p), "'" + message + "' lacks '" + p + "'");
  }

  @Test
  void malformedJson_namesLineAndColumn() throws Exception {
    contains(failure("{\"variables\": [\"x\"], "), "malformed JSON", "line 1");
  }

  @Test
  void variableWithoutEquation_isNamed() throws Exception {
    contains(failure("{\"variables\": [\"x\", \"y\"], \"equations\": {\"x\": \"y\"}, \"basis\": {\"polynomial_degree\": 2}}"),
        "field 'equations'", "'y' has no equation");
  }

  @Test
  void unknownName_isNamedWithTheField() throws Exception {
    contains(failure("{\"variables\": [\"x\", \"y\"], \"equations\": {\"x\": \"y*q\", \"y\": \"-x\"}, \"basis\": {\"polynomial_degree\": 2}}"),
        "field 'equations.x'", "unknown name 'q'");
  }

  @Test
  void unparsableExpression_isNamedWithThePosition() throws Exception {
    contains(failure("{\"variables\": [\"x\"], \"equations\": {\"x\": \"x*(1 +\"}, \"basis\": {\"polynomial_degree\": 2}}"),
        "field 'equations.x'", "position");
  }

  @Test
  void oversizedBasis_saysHowLargeAndHowToRaiseTheLimit() throws Exception {
    contains(failure("{\"variables\": [\"a\",\"b\",\"c\",\"d\",\"e\",\"f\",\"g\",\"h\",\"i\",\"j\"], \"equations\": "
        + "{\"a\":\"b\",\"b\":\"a\",\"c\":\"d\",\"d\":\"c\",\"e\":\"f\",\"f\":\"e\",\"g\":\"h\",\"h\":\"g\",\"i\":\"j\",\"j\":\"i\"},"
        + " \"basis\": {\"polynomial_degree\": 12}}"), "field 'basis'", "646645", "max_size", "--max-basis");
  }

  @Test
  void parameterThatIsNotANumber_isNamed() throws Exception {
    contains(failure("{\"variables\": [\"x\"], \"parameters\": {\"k\": [1, 2]}, \"equations\": {\"x\": \"k*x\"}, \"basis\": {\"polynomial_degree\": 1}}"),
        "field 'parameters.k'", "expected a number");
    contains(failure("{\"variables\": [\"x\"], \"parameters\": {\"k\": \"x + 1\"}, \"equations\": {\"x\": \"k*x\"}, \"basis\": {\"polynomial_degree\": 1}}"),
        "field 'parameters.k'");
  }

  @Test
  void missingFile_isNamed() {
    Path f = dir.resolve("nope.json");
    InputException e = assertThrows(InputException.class, () -> SystemFile.load(f));
    contains(e.getMessage(), f.toString(), "no such file");
  }

  @Test
  void computerAlgebraCommand_isRejectedAsUnknownFunction() throws Exception {
    for (String f : new String[] {"Export", "Import", "ReadString", "Run", "SystemDialogInput"}) {
      contains(failure("{\"variables\": [\"x\"], \"equations\": {\"x\": \"" + f + "(\\\"/tmp/owned\\\", x)\"}, \"basis\": {\"polynomial_degree\": 1}}"),
          "field 'equations.x'");
      contains(failure("{\"variables\": [\"x\"], \"equations\": {\"x\": \"" + f + "(x)\"}, \"basis\": {\"polynomial_degree\": 1}}"),
          "unknown function '" + f + "'");
    }
    assertTrue(Files.notExists(Path.of("/tmp/owned")));
  }

  @Test
  void constraintThatNoStateSatisfies_isRejected() throws Exception {
    contains(failure("{\"variables\": [\"x\", \"y\"], \"equations\": {\"x\": \"y\", \"y\": \"-x\"}, \"constraints\": [\"2\"],"
        + " \"basis\": {\"polynomial_degree\": 2}}"), "field 'constraints[0]'", "can never be zero");
  }

  @Test
  void rightHandSideSingularEverywhere_isRejected() throws Exception {
    contains(failure("{\"variables\": [\"x\", \"y\"], \"definitions\": {\"r\": \"1/(x - x)\"}, \"equations\": {\"x\": \"r*y\", \"y\": \"-x\"},"
        + " \"basis\": {\"polynomial_degree\": 2}}"), "division by zero");
  }

  @Test
  void basisFunctionUndefinedEverywhere_isNamed() throws Exception {
    contains(failure("{\"variables\": [\"x\", \"y\"], \"equations\": {\"x\": \"y\", \"y\": \"-sin(x)\"},"
        + " \"basis\": {\"polynomial_degree\": 1, \"functions\": [\"sqrt(-1 - x^2)\"]}}"),
        "field 'basis'", "sqrt(-1 - x^2)", "undefined");
  }

  @Test
  void logarithmOfANegativeQuantity_isNamed() throws Exception {
    contains(failure("{\"variables\": [\"x\", \"y\"], \"equations\": {\"x\": \"y\", \"y\": \"-x\"},"
        + " \"basis\": {\"polynomial_degree\": 1, \"functions\": [\"log(-x^2 - y^2 - 1)\"]}}"),
        "field 'basis'", "log(-x^2 - y^2 - 1)", "undefined");
  }

  @Test
  void unknownFunctionInTheBasis_isNamed() throws Exception {
    contains(failure("{\"variables\": [\"x\"], \"equations\": {\"x\": \"-x\"},"
        + " \"basis\": {\"polynomial_degree\": 1, \"functions\": [\"besselj(x)\"]}}"),
        "field 'basis.functions[0]'", "unknown function 'besselj'");
  }

  @Test
  void symbolicParameterInATranscendentalSystem_isRejectedClearly() throws Exception {
    contains(failure("{\"variables\": [\"t\", \"w\"], \"parameters\": {\"g\": \"symbolic\"},"
        + " \"equations\": {\"t\": \"w\", \"w\": \"-g*sin(t)\"}, \"basis\": {\"polynomial_degree\": 2}}"),
        "field 'parameters.g'", "give numeric values");
  }
}
