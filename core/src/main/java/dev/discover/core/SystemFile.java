package dev.discover.core;

import dev.discover.io.InputException;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads system files (contract v1 in DESIGN.md) into {@link SystemSpec}, checking every field it reads. */
public final class SystemFile {
  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
      .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  private static final Set<String> TOP_LEVEL = Set.of("name", "description", "kind", "variables", "parameters",
      "definitions", "equations", "constraints", "basis", "sampling", "expected");
  private static final long MAX_FILE_BYTES = 16L << 20;

  private SystemFile() {}

  /** Loads and checks a system file; throws {@link InputException} naming the field on any problem. */
  public static SystemSpec load(Path path) { return load(path, w -> { }); }

  /**
   * Loads and checks a system file, passing warnings (fields the contract does not define, which are ignored)
   * to {@code warnings}; throws {@link InputException} naming the field on any problem.
   */
  public static SystemSpec load(Path path, java.util.function.Consumer<String> warnings) {
    String src = path.toString();
    String text;
    try {
      if (Files.isDirectory(path)) throw new InputException(src + ": is a directory, expected a system file (JSON)");
      if (Files.size(path) > MAX_FILE_BYTES) throw new InputException(src + ": larger than 16 MiB; not a system file");
      text = Files.readString(path);
    } catch (NoSuchFileException e) {
      throw new InputException(src + ": no such file");
    } catch (IOException e) {
      throw new InputException(src + ": cannot read: " + e.getMessage());
    }
    return parse(text, src, warnings);
  }

  /** Parses system-file JSON text; {@code source} names it in messages. */
  public static SystemSpec parse(String text, String source) { return parse(text, source, w -> { }); }

  /** Parses system-file JSON text, passing warnings about ignored fields to {@code warnings}. */
  public static SystemSpec parse(String text, String source, java.util.function.Consumer<String> warnings) {
    JsonNode root;
    try {
      root = JSON.readTree(text);
    } catch (JsonParseException e) {
      throw new InputException(source + ": malformed JSON at line " + e.getLocation().getLineNr() + ", column "
          + e.getLocation().getColumnNr() + ": " + dev.discover.symbolic.Limits.excerpt(e.getOriginalMessage(), 200));
    } catch (JsonProcessingException e) {
      throw new InputException(source + ": malformed JSON: " + dev.discover.symbolic.Limits.excerpt(e.getOriginalMessage(), 200));
    }
    if (root == null || root.isMissingNode()) throw new InputException(source + ": empty file, expected a JSON object");
    if (!root.isObject()) throw new InputException(source + ": expected a JSON object at the top level");
    for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
      String f = it.next();
      if (!TOP_LEVEL.contains(f)) {
        warnings.accept(source + ": field '" + f + "' is not part of the system-file contract and is ignored (known: "
            + String.join(", ", new java.util.TreeSet<>(TOP_LEVEL)) + ")");
      }
    }
    String name = optString(root, "name", source, fallbackName(source));
    String description = optString(root, "description", source, "");
    for (String section : List.of("variables", "parameters", "definitions", "equations", "constraints")) {
      JsonNode sec = root.get(section);
      if (sec == null) continue;
      dev.discover.symbolic.Limits.NAMES.exceeded(sec.size(), section + " with " + sec.size() + " entries")
          .ifPresent(m -> { throw InputException.at(source, section, m); });
    }
    List<String> variables = stringList(root.get("variables"), "variables", source, true);
    if (variables.isEmpty()) throw InputException.at(source, "variables", "expected a non-empty list of names");
    Names.checkAll(variables, "variables", source);

    Map<String, String> parameters = new LinkedHashMap<>();
    JsonNode params = root.get("parameters");
    if (params != null && !params.isNull()) {
      if (!params.isObject()) throw InputException.at(source, "parameters", "expected an object of name: value");
      for (Iterator<Map.Entry<String, JsonNode>> it = params.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        String field = "parameters." + e.getKey();
        Names.check(e.getKey(), field, source);
        JsonNode v = e.getValue();
        if (v.isNumber()) parameters.put(e.getKey(), v.asText());
        else if (v.isTextual() && !v.asText().isBlank()) {
          parameters.put(e.getKey(), v.asText().trim().equalsIgnoreCase("symbolic") ? null : v.asText());
        } else if (v.isNull()) parameters.put(e.getKey(), null);
        else throw InputException.at(source, field, "expected a number, an expression string or \"symbolic\", got " + kind(v));
      }
    }
    Map<String, String> definitions = stringMap(root.get("definitions"), "definitions", source, false);
    for (String d : definitions.keySet()) Names.check(d, "definitions." + d, source);
    Map<String, String> equations = stringMap(root.get("equations"), "equations", source, true);
    for (String v : variables) {
      if (!equations.containsKey(v)) throw InputException.at(source, "equations", "variable '" + v + "' has no equation");
    }
    for (String k : equations.keySet()) {
      if (!variables.contains(k)) throw InputException.at(source, "equations." + k, "'" + k + "' is not a variable; variables are " + variables);
    }
    Map<String, String> ordered = new LinkedHashMap<>();
    for (String v : variables) ordered.put(v, equations.get(v));
    List<String> constraints = stringList(root.get("constraints"), "constraints", source, false);
    BasisSpec basis = basis(root.get("basis"), variables, source, warnings);
    SamplingSpec sampling = sampling(root.get("sampling"), variables, source);
    int expectedIndependent = -1;
    List<String> expectedLaws = List.of();
    JsonNode exp = root.get("expected");
    if (exp != null && !exp.isNull()) {
      // Read only by tests: a malformed section is reported and ignored, never fatal to a search.
      try {
        if (!exp.isObject()) throw InputException.at(source, "expected", "expected an object");
        JsonNode ind = exp.get("independent");
        if (ind != null) {
          if (!ind.isInt() || ind.asInt() < 0) throw InputException.at(source, "expected.independent", "expected a non-negative integer");
          expectedIndependent = ind.asInt();
        }
        expectedLaws = stringList(exp.get("laws"), "expected.laws", source, false);
      } catch (InputException e) {
        warnings.accept(e.getMessage() + " (the section is ignored)");
        expectedIndependent = -1;
        expectedLaws = List.of();
      }
    }
    Names.checkDistinct(variables, parameters.keySet(), definitions.keySet(), source);
    return new SystemSpec(source, name, description, variables, parameters, definitions, ordered, constraints, basis,
        sampling, expectedIndependent, expectedLaws);
  }

  private static String fallbackName(String source) {
    String f = Path.of(source).getFileName() == null ? source : Path.of(source).getFileName().toString();
    return f.endsWith(".json") ? f.substring(0, f.length() - 5) : f;
  }

  private static String kind(JsonNode v) {
    if (v.isObject()) return "an object";
    if (v.isArray()) return "a list";
    if (v.isBoolean()) return "a boolean";
    if (v.isNull()) return "null";
    if (v.isNumber()) return "the number " + dev.discover.symbolic.Limits.excerpt(v.asText(), 40);
    return "'" + dev.discover.symbolic.Limits.excerpt(v.asText(), 60) + "'";
  }

  private static String optString(JsonNode root, String field, String source, String dflt) {
    JsonNode n = root.get(field);
    if (n == null || n.isNull()) return dflt;
    if (!n.isTextual()) throw InputException.at(source, field, "expected a string, got " + kind(n));
    return n.asText();
  }

  private static List<String> stringList(JsonNode n, String field, String source, boolean required) {
    if (n == null || n.isNull()) {
      if (required) throw InputException.at(source, field, "missing; expected a list of strings");
      return List.of();
    }
    if (!n.isArray()) throw InputException.at(source, field, "expected a list of strings, got " + kind(n));
    List<String> out = new ArrayList<>();
    for (int i = 0; i < n.size(); i++) {
      JsonNode e = n.get(i);
      if (!e.isTextual() || e.asText().isBlank()) {
        throw InputException.at(source, field + "[" + i + "]", "expected a non-empty string, got " + kind(e));
      }
      out.add(e.asText().trim());
    }
    return out;
  }

  private static Map<String, String> stringMap(JsonNode n, String field, String source, boolean required) {
    Map<String, String> out = new LinkedHashMap<>();
    if (n == null || n.isNull()) {
      if (required) throw InputException.at(source, field, "missing; expected an object of name: expression");
      return out;
    }
    if (!n.isObject()) throw InputException.at(source, field, "expected an object of name: expression, got " + kind(n));
    for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      JsonNode v = e.getValue();
      if (v.isNumber()) out.put(e.getKey(), v.asText());
      else if (v.isTextual() && !v.asText().isBlank()) out.put(e.getKey(), v.asText());
      else throw InputException.at(source, field + "." + e.getKey(), "expected an expression string, got " + kind(v));
    }
    return out;
  }

  private static int intField(JsonNode obj, String key, String field, String source, int dflt, int min) {
    JsonNode n = obj.get(key);
    if (n == null || n.isNull()) return dflt;
    if (!n.canConvertToInt() || !n.isIntegralNumber() || n.asInt() < min) {
      throw InputException.at(source, field + "." + key, "expected an integer >= " + min + ", got " + kind(n));
    }
    return n.asInt();
  }

  /**
   * Reads a basis section on its own (the {@code basis} object of a system file), over the given variables;
   * {@code source} names it in messages. Used where a basis comes without a system, e.g. for invariants of data.
   */
  public static BasisSpec parseBasis(JsonNode section, List<String> variables, String source) {
    return basis(section, variables, source, w -> { });
  }

  private static BasisSpec basis(JsonNode n, List<String> variables, String source,
      java.util.function.Consumer<String> warnings) {
    if (n == null || n.isNull()) throw InputException.at(source, "basis", "missing; expected e.g. {\"polynomial_degree\": 2}");
    if (!n.isObject()) throw InputException.at(source, "basis", "expected an object, got " + kind(n));
    Set<String> allowed = Set.of("polynomial_degree", "polynomial_variables", "extra_functions", "functions", "max_size");
    for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
      String f = it.next();
      if (!allowed.contains(f)) {
        warnings.accept(source + ": field 'basis." + f + "' is not part of the system-file contract and is ignored (known: "
            + String.join(", ", new java.util.TreeSet<>(allowed)) + ")");
      }
    }
    int degree = intField(n, "polynomial_degree", "basis", source, 0, 0);
    List<String> pv = n.has("polynomial_variables")
        ? stringList(n.get("polynomial_variables"), "basis.polynomial_variables", source, false) : variables;
    for (String v : pv) {
      if (!variables.contains(v)) throw InputException.at(source, "basis.polynomial_variables", "'" + v + "' is not a variable");
    }
    List<BasisSpec.ExtraFunction> extra = new ArrayList<>();
    JsonNode ef = n.get("extra_functions");
    if (ef != null && !ef.isNull()) {
      if (!ef.isArray()) throw InputException.at(source, "basis.extra_functions", "expected a list of {\"function\": ..., \"multiplier_degree\": ...}");
      for (int i = 0; i < ef.size(); i++) {
        JsonNode e = ef.get(i);
        String f = "basis.extra_functions[" + i + "]";
        if (e.isTextual()) { extra.add(new BasisSpec.ExtraFunction(e.asText(), 0)); continue; }
        if (!e.isObject() || !e.has("function") || !e.get("function").isTextual()) {
          throw InputException.at(source, f, "expected {\"function\": \"expression\", \"multiplier_degree\": k}");
        }
        extra.add(new BasisSpec.ExtraFunction(e.get("function").asText(), intField(e, "multiplier_degree", f, source, 0, 0)));
      }
    }
    List<String> functions = stringList(n.get("functions"), "basis.functions", source, false);
    int max = intField(n, "max_size", "basis", source, BasisSpec.DEFAULT_MAX_SIZE, 1);
    if (degree == 0 && extra.isEmpty() && functions.isEmpty()) {
      throw InputException.at(source, "basis", "is empty; give polynomial_degree >= 1, extra_functions or functions");
    }
    return new BasisSpec(degree, pv, extra, functions, max);
  }

  private static SamplingSpec sampling(JsonNode n, List<String> variables, String source) {
    if (n == null || n.isNull()) return SamplingSpec.defaults();
    if (!n.isObject()) throw InputException.at(source, "sampling", "expected an object, got " + kind(n));
    int points = intField(n, "points", "sampling", source, 0, 0);
    if (points > 1_000_000) throw InputException.at(source, "sampling.points", "at most 1000000, got " + points);
    JsonNode s = n.get("seed");
    long seed = 1;
    if (s != null && !s.isNull()) {
      if (!s.isIntegralNumber()) throw InputException.at(source, "sampling.seed", "expected an integer, got " + kind(s));
      seed = s.asLong();
    }
    Map<String, double[]> domain = new HashMap<>();
    JsonNode d = n.get("domain");
    if (d != null && !d.isNull()) {
      if (!d.isObject()) throw InputException.at(source, "sampling.domain", "expected an object of variable: [low, high]");
      for (Iterator<Map.Entry<String, JsonNode>> it = d.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        String f = "sampling.domain." + e.getKey();
        if (!variables.contains(e.getKey())) throw InputException.at(source, f, "'" + e.getKey() + "' is not a variable");
        JsonNode r = e.getValue();
        if (!r.isArray() || r.size() != 2 || !r.get(0).isNumber() || !r.get(1).isNumber()
            || !(r.get(0).asDouble() < r.get(1).asDouble())) {
          throw InputException.at(source, f, "expected [low, high] with low < high");
        }
        domain.put(e.getKey(), new double[] {r.get(0).asDouble(), r.get(1).asDouble()});
      }
    }
    return new SamplingSpec(points, seed, domain);
  }
}
