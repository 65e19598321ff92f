package dev.discover.distributed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/** One run of the distributed command line in a test, and helpers to compare results. */
record Run(int code, String out, String err) {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Runs {@code discover ARGS} as the distributed launcher does. */
  static Run of(String... args) {
    StringWriter out = new StringWriter(), err = new StringWriter();
    int code = DistributedMain.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    return new Run(code, out.toString(), err.toString());
  }

  /** Runs one plain command (no Spark), as {@code discover ARGS} alone would. */
  static Run alone(java.util.List<String> args) {
    StringWriter out = new StringWriter(), err = new StringWriter();
    int code = dev.discover.cli.Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args.toArray(String[]::new));
    return new Run(code, out.toString(), err.toString());
  }

  /** The records of a results file by id. */
  static Map<String, JsonNode> results(Path file) {
    Map<String, JsonNode> out = new LinkedHashMap<>();
    try {
      for (String l : Files.readAllLines(file)) {
        JsonNode n = JSON.readTree(l);
        out.put(n.get("id").asText(), n);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** A copy without the fields that measure time (they differ from run to run by nature). */
  static JsonNode timeless(JsonNode n) {
    JsonNode c = n.deepCopy();
    strip(c);
    return c;
  }

  /** Parses JSON text. */
  static JsonNode json(String text) {
    try {
      return JSON.readTree(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void strip(JsonNode n) {
    if (n instanceof ObjectNode o) {
      o.remove(java.util.List.of("time_ms", "timings_ms", "elapsed_ms"));
      for (Iterator<JsonNode> it = o.elements(); it.hasNext();) strip(it.next());
    } else if (n.isArray()) {
      n.forEach(Run::strip);
    }
  }
}
