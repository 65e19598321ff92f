package dev.discover.distributed;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.discover.cli.FormulaCommand;
import dev.discover.io.InputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a jobs file: one JSON object per line (blank lines and lines starting with {@code #} are skipped). A
 * line names its type by one key ({@link JobType}); every other key is an option of that command, written as in
 * JSON: {@code "seed": 3} is {@code --seed 3}, {@code "time_limit": "10s"} is {@code --time-limit 10s}, {@code true}
 * a flag, an array a comma-separated list, an object its JSON text. A line that is not such an object becomes
 * a {@link Malformed} entry with its line number; the others still run.
 */
final class JobFile {
  private static final ObjectMapper JSON = new ObjectMapper();
  /** Options whose values are files, made absolute on the driver like the job's own file. */
  private static final Set<String> PATH_OPTIONS = Set.of("units", "feynman_file", "system", "out", "plot");

  private JobFile() {}

  /** A line of the jobs file: a job to run, or a line that cannot be one. */
  sealed interface Entry permits Parsed, Malformed {
    /** The 1-based line. */
    int line();
    /** The job's id. */
    String id();
  }

  /** A runnable job. */
  record Parsed(Job job) implements Entry {
    @Override public int line() { return job.line(); }
    @Override public String id() { return job.id(); }
  }

  /** A line that is no job, with the reason (the file and line number come first). */
  record Malformed(int line, String id, String message) implements Entry {}

  /** Every entry of the file, in order; throws {@link InputException} when the file cannot be read. */
  static List<Entry> read(Path file) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException | java.io.UncheckedIOException e) {
      throw new InputException(file + ": cannot read the jobs file (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
    }
    List<Entry> out = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < lines.size(); i++) {
      String text = lines.get(i).strip();
      if (text.isEmpty() || text.startsWith("#")) continue;
      Entry e = parse(file, i + 1, text);
      if (!ids.add(e.id())) e = new Malformed(e.line(), e.id() + "@" + e.line(), file + ":" + e.line() + ": field 'id': '" + e.id() + "' is used by an earlier line");
      out.add(e);
    }
    if (out.isEmpty()) throw new InputException(file + ": expected at least one job (one JSON object per line), got none");
    return out;
  }

  /** One line as an entry. */
  static Entry parse(Path file, int line, String text) {
    String where = file + ":" + line + ": ";
    String defaultId = Integer.toString(line);
    JsonNode node;
    try {
      node = JSON.readTree(text);
    } catch (JsonProcessingException e) {
      return new Malformed(line, defaultId, where + "expected a JSON object, got malformed JSON (" + e.getOriginalMessage() + ")");
    }
    if (node == null || !node.isObject()) return new Malformed(line, defaultId, where + "expected a JSON object, got " + (node == null ? "nothing" : node.getNodeType().toString().toLowerCase()));
    String id = defaultId;
    if (node.has("id")) {
      JsonNode n = node.get("id");
      if (!(n.isTextual() || n.isIntegralNumber()) || n.asText().isBlank()) return new Malformed(line, defaultId, where + "field 'id': expected a non-empty string or an integer, got " + n);
      id = n.asText();
    }
    JobType type = null;
    for (Iterator<String> it = node.fieldNames(); it.hasNext();) {
      String k = it.next();
      if (JobType.byKey(k).isPresent()) {
        if (type != null) return new Malformed(line, id, where + "expected one job type, got both '" + type.key() + "' and '" + k + "'");
        type = JobType.byKey(k).get();
      }
    }
    if (type == null) {
      List<String> keys = new ArrayList<>();
      node.fieldNames().forEachRemaining(keys::add);
      return new Malformed(line, id, where + "unknown job type: expected one of the keys " + JobType.keys() + ", got " + (keys.isEmpty() ? "no key" : "the keys " + String.join(", ", keys)));
    }
    JsonNode value = node.get(type.key());
    if (!value.isTextual() || value.asText().isBlank()) return new Malformed(line, id, where + "field '" + type.key() + "': expected a non-empty string, got " + value);
    List<String> args = new ArrayList<>(type.command());
    args.add(type.valueIsPath() ? absolute(value.asText()) : value.asText());
    boolean feynmanFile = false;
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
      Map.Entry<String, JsonNode> f = it.next();
      String k = f.getKey();
      if (k.equals("id") || k.equals(type.key())) continue;
      if (k.equals("format") || k.equals("quiet") || k.equals("q")) return new Malformed(line, id, where + "field '" + k + "': not allowed in a batch (results are always JSON, runs always quiet)");
      if (!k.matches("[a-z][a-z0-9_-]*")) return new Malformed(line, id, where + "field '" + k + "': expected an option name (lower case letters, digits, '_' or '-')");
      feynmanFile |= k.equals("feynman_file");
      JsonNode v = f.getValue();
      String option = "--" + k.replace('_', '-');
      if (v.isBoolean()) {
        if (v.booleanValue()) args.add(option);
      } else if (v.isNull()) {
        return new Malformed(line, id, where + "field '" + k + "': expected a value, got null");
      } else {
        args.add(option);
        String s = v.isArray() ? join(v) : v.isObject() ? v.toString() : v.asText();
        args.add(PATH_OPTIONS.contains(k) ? absolute(s) : s);
      }
    }
    if (type == JobType.FEYNMAN && !feynmanFile) {
      // the command's own default is found relative to the working directory or its jar, which differ on executors
      args.add("--feynman-file");
      args.add(FormulaCommand.defaultFeynmanFile().toAbsolutePath().normalize().toString());
    }
    if (type.json()) { args.add("--format"); args.add("json"); }
    args.add("-q");
    return new Parsed(new Job(id, line, type.key(), args, type.json()));
  }

  private static String join(JsonNode array) {
    List<String> parts = new ArrayList<>();
    array.forEach(e -> parts.add(e.isObject() || e.isArray() ? e.toString() : e.asText()));
    return String.join(",", parts);
  }

  /** A path relative to the driver's working directory, made absolute so that every executor reads the same file. */
  private static String absolute(String p) {
    try {
      return Path.of(p).toAbsolutePath().normalize().toString();
    } catch (java.nio.file.InvalidPathException e) {
      return p; // the command reports the bad path itself
    }
  }
}
