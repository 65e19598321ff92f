package dev.discover.distributed;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * The record of one job, one line of the results file:
 * {@code {"id": "3", "line": 3, "type": "laws", "status": "ok", "time_ms": 812, "result": {...}}}, where
 * {@code result} is exactly the JSON the command prints alone ({@code output}, its text, for commands without
 * JSON), or, when the job could not run, {@code "status": "bad_input"} or {@code "failed"} with the command's
 * one-line {@code error}.
 *
 * @param id the job's id
 * @param line its line in the jobs file
 * @param status {@code ok}, {@code bad_input} or {@code failed}
 * @param json the whole record as one line of JSON
 */
public record JobResult(String id, int line, String status, String json) implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final ObjectMapper JSON = new ObjectMapper();

  /** The job ran and the command succeeded. */
  public static final String OK = "ok";
  /** The job's input was bad (the command's exit code 2), or its line was no job. */
  public static final String BAD_INPUT = "bad_input";
  /** The command failed internally (exit code 1), or Spark gave up on the task. */
  public static final String FAILED = "failed";

  /** A record from its parts; {@code body} (may be empty) is the command's output. */
  static JobResult of(String id, int line, String type, String status, long timeMs, String error, String body, boolean json) {
    ObjectNode o = JSON.createObjectNode();
    o.put("id", id);
    o.put("line", line);
    o.put("type", type);
    o.put("status", status);
    o.put("time_ms", timeMs);
    if (!error.isEmpty()) o.put("error", error);
    if (status.equals(OK)) {
      Optional<JsonNode> tree = json ? tree(body) : Optional.empty();
      if (tree.isPresent()) o.set("result", tree.get());
      else o.put("output", body);
    }
    try {
      return new JobResult(id, line, status, JSON.writeValueAsString(o));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A record read back from a results file (for {@code --resume}); empty when the line is no record. */
  static Optional<JobResult> parse(String text) {
    Optional<JsonNode> t = tree(text);
    if (t.isEmpty() || !t.get().isObject()) return Optional.empty();
    JsonNode n = t.get();
    if (!n.path("id").isTextual() || !n.path("status").isTextual() || !n.path("line").isInt()) return Optional.empty();
    return Optional.of(new JobResult(n.get("id").asText(), n.get("line").asInt(), n.get("status").asText(), text.strip()));
  }

  private static Optional<JsonNode> tree(String text) {
    try {
      JsonNode n = JSON.readTree(text);
      return n == null || n.isMissingNode() ? Optional.empty() : Optional.of(n);
    } catch (JsonProcessingException e) {
      return Optional.empty();
    }
  }
}
