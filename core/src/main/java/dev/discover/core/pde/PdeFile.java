package dev.discover.core.pde;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.discover.io.InputException;
import dev.discover.symbolic.ExprException;
import dev.discover.symbolic.ExprParser;
import dev.discover.symbolic.Functions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.hipparchus.fraction.BigFraction;

/** Reads PDE system files ({@code "kind": "pde"}), checking every field it reads. */
public final class PdeFile {
  private static final ObjectMapper JSON = new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
  private static final Set<String> TOP_LEVEL = Set.of("name", "description", "kind", "space", "fields", "parameters",
      "equations", "basis", "expected");
  private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9]*");

  private PdeFile() {}

  /**
   * The {@code kind} of a system file: {@code "ode"} (the default when absent) or {@code "pde"}. A file that
   * cannot be read or parsed counts as {@code "ode"}, whose reader reports the problem; a kind that is neither
   * is bad input.
   */
  public static String kind(Path path) {
    JsonNode root;
    try {
      root = JSON.readTree(Files.readString(path));
    } catch (IOException | RuntimeException e) {
      return "ode";
    }
    if (root == null || !root.isObject() || !root.has("kind")) return "ode";
    JsonNode k = root.get("kind");
    if (k.isTextual() && (k.asText().equals("ode") || k.asText().equals("pde"))) return k.asText();
    throw InputException.at(path.toString(), "kind", "expected \"ode\" or \"pde\", got " + k);
  }

  /** Loads a PDE system file, passing warnings (ignored fields) to {@code warnings}. */
  public static PdeSpec load(Path path, Consumer<String> warnings) {
    try {
      return parse(Files.readString(path), path.toString(), warnings);
    } catch (IOException e) {
      throw new InputException(path + ": cannot read: " + e.getMessage());
    }
  }

  /** Parses PDE system-file JSON text; {@code source} names it in messages. */
  public static PdeSpec parse(String text, String source, Consumer<String> warnings) {
    JsonNode root;
    try {
      root = JSON.readTree(text);
    } catch (IOException e) {
      throw new InputException(source + ": malformed JSON: " + e.getMessage().lines().findFirst().orElse(""));
    }
    if (root == null || !root.isObject()) throw new InputException(source + ": expected a JSON object at the top level");
    for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
      String f = it.next();
      if (!TOP_LEVEL.contains(f)) warnings.accept(source + ": field '" + f + "' is not part of the PDE system-file contract and is ignored");
    }
    JsonNode kind = root.get("kind");
    if (kind == null || !kind.isTextual() || !kind.asText().equals("pde")) {
      throw InputException.at(source, "kind", "expected \"pde\", got " + kind);
    }
    String name = root.hasNonNull("name") ? root.get("name").asText() : Path.of(source).getFileName().toString().replace(".json", "");
    List<String> space = names(root, "space", source);
    for (String s : space) {
      if (s.length() != 1 || s.equals("t")) {
        throw InputException.at(source, "space", "'" + s + "': space variables are single letters other than t (derivatives are written u_xy)");
      }
    }
    List<String> fields = names(root, "fields", source);
    Set<String> taken = new HashSet<>(space);
    taken.add("t");
    for (String f : fields) if (!taken.add(f)) throw InputException.at(source, "fields", "'" + f + "' is already a space variable, t or a field");
    List<String> params = new ArrayList<>();
    Map<String, BigFraction> values = new LinkedHashMap<>();
    JsonNode ps = root.get("parameters");
    if (ps != null && !ps.isNull()) {
      if (!ps.isObject()) throw InputException.at(source, "parameters", "expected an object of name: value");
      for (Iterator<Map.Entry<String, JsonNode>> it = ps.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        String field = "parameters." + e.getKey();
        checkName(e.getKey(), field, source);
        if (!taken.add(e.getKey())) throw InputException.at(source, field, "'" + e.getKey() + "' is already a field or space variable");
        params.add(e.getKey());
        JsonNode v = e.getValue();
        if (v.isTextual() && v.asText().trim().equalsIgnoreCase("symbolic")) continue;
        if (!v.isNumber() && !v.isTextual()) throw InputException.at(source, field, "expected a number, \"a/b\" or \"symbolic\", got " + v);
        values.put(e.getKey(), constant(v.asText(), source, field));
      }
    }
    JsonNode eqs = root.get("equations");
    if (eqs == null || !eqs.isObject()) throw InputException.at(source, "equations", "missing; expected an object of field: u_t");
    Map<String, String> equations = new LinkedHashMap<>();
    for (Iterator<String> it = eqs.fieldNames(); it.hasNext(); ) {
      String k = it.next();
      if (!fields.contains(k)) throw InputException.at(source, "equations." + k, "'" + k + "' is not a field; fields are " + fields);
    }
    for (String f : fields) {
      JsonNode e = eqs.get(f);
      if (e == null) throw InputException.at(source, "equations", "field '" + f + "' has no equation (expected \"" + f + "\": \"its u_t\")");
      if (!e.isTextual() && !e.isNumber()) throw InputException.at(source, "equations." + f, "expected an expression string, got " + e);
      equations.put(f, e.asText());
    }
    return new PdeSpec(source, name, space, fields, params, values, equations, basis(root.get("basis"), source),
        expected(root.get("expected"), source, warnings));
  }

  private static List<String> names(JsonNode root, String field, String source) {
    JsonNode n = root.get(field);
    if (n == null || !n.isArray() || n.isEmpty()) throw InputException.at(source, field, "expected a non-empty list of names");
    List<String> out = new ArrayList<>();
    for (int i = 0; i < n.size(); i++) {
      String s = n.get(i).asText();
      checkName(s, field + "[" + i + "]", source);
      if (out.contains(s)) throw InputException.at(source, field, "'" + s + "' appears twice");
      out.add(s);
    }
    return out;
  }

  private static void checkName(String s, String field, String source) {
    if (s.contains("_")) {
      throw InputException.at(source, field, "'" + s + "' contains an underscore; names of fields, space variables and parameters"
          + " have none, because u_x means the derivative of u in x");
    }
    if (!NAME.matcher(s).matches() || Functions.NAMES.contains(s)) {
      throw InputException.at(source, field, "'" + s + "' is not a name; expected letters and digits, starting with a letter");
    }
  }

  private static BigFraction constant(String text, String source, String field) {
    try {
      if (ExprParser.parse(text) instanceof dev.discover.symbolic.Expr.Num n) return n.value();
      DiffPoly p = new PolyReader(new PdeNames(new Jets(List.of(), List.of(), List.of())), source, field).read(ExprParser.parse(text));
      if (p.isZero()) return BigFraction.ZERO;
      if (p.size() == 1 && p.terms().containsKey(DiffPoly.Mono.ONE)) return p.coefficient(DiffPoly.Mono.ONE);
    } catch (ExprException e) {
      throw InputException.at(source, field, e.getMessage());
    }
    throw InputException.at(source, field, "expected a rational constant, got '" + text + "'");
  }

  private static PdeBasis basis(JsonNode n, String source) {
    String example = "expected {\"rank\": R}, {\"max_rank\": R} or {\"degree\": d, \"derivative_order\": k}";
    if (n == null || !n.isObject()) throw InputException.at(source, "basis", "missing; " + example);
    int given = (n.has("rank") ? 1 : 0) + (n.has("max_rank") ? 1 : 0) + (n.has("degree") || n.has("derivative_order") ? 1 : 0);
    if (given != 1) throw InputException.at(source, "basis", example + ", exactly one of them");
    if (n.has("rank")) return new PdeBasis.Rank(positive(n.get("rank"), "basis.rank", source));
    if (n.has("max_rank")) return new PdeBasis.MaxRank(positive(n.get("max_rank"), "basis.max_rank", source));
    JsonNode d = n.get("degree");
    JsonNode k = n.get("derivative_order");
    if (d == null || !d.isIntegralNumber() || d.asInt() < 1 || d.asInt() > 64) {
      throw InputException.at(source, "basis.degree", "expected an integer 1..64 (with derivative_order), got " + d);
    }
    if (k == null || !k.isIntegralNumber() || k.asInt() < 0 || k.asInt() > 64) {
      throw InputException.at(source, "basis.derivative_order", "expected an integer 0..64 (with degree), got " + k);
    }
    return new PdeBasis.Degree(d.asInt(), k.asInt());
  }

  private static BigFraction positive(JsonNode v, String field, String source) {
    BigFraction r = v != null && (v.isNumber() || v.isTextual()) ? constant(v.asText(), source, field) : BigFraction.ZERO;
    if (r.compareTo(BigFraction.ZERO) <= 0 || r.compareTo(new BigFraction(64)) > 0) {
      throw InputException.at(source, field, "expected a positive number up to 64, got " + v);
    }
    return r;
  }

  private static PdeSpec.Expected expected(JsonNode n, String source, Consumer<String> warnings) {
    if (n == null || n.isNull()) return PdeSpec.Expected.NONE;
    if (!n.isObject()) {
      warnings.accept(source + ": field 'expected': expected an object (the section is ignored)");
      return PdeSpec.Expected.NONE;
    }
    int ind = n.has("independent") && n.get("independent").isInt() ? n.get("independent").asInt() : -1;
    return new PdeSpec.Expected(ind, strings(n.get("densities")), strings(n.get("conditions")));
  }

  private static List<String> strings(JsonNode n) {
    List<String> out = new ArrayList<>();
    if (n != null && n.isArray()) n.forEach(e -> out.add(e.asText()));
    return out;
  }
}
