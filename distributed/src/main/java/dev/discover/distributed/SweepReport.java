package dev.discover.distributed;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a sweep found: the count at the generic point, every point's count, and the special points (those whose
 * count differs from the generic one); printed as a table or as JSON.
 *
 * @param system the system's name
 * @param axes the parameters as given
 * @param points every point's result, in grid order
 * @param generic the result at random values of the swept parameters
 * @param timeMs the sweep's time
 */
record SweepReport(String system, List<ParamGrid.Axis> axes, List<SweepPoint.Result> points, SweepPoint.Result generic, long timeMs) {
  SweepReport {
    axes = List.copyOf(axes);
    points = List.copyOf(points);
  }

  /** The points whose number of laws differs from the generic count (failed points excluded). */
  List<SweepPoint.Result> special() {
    return points.stream().filter(p -> p.count() >= 0 && p.count() != generic.count()).toList();
  }

  /** The number of points where the search failed. */
  long failures() { return points.stream().filter(p -> p.count() < 0).count(); }

  /** The names of the parameters with more than one value. */
  List<String> swept() {
    return axes.stream().map(ParamGrid.Axis::name)
        .filter(n -> points.stream().map(p -> p.values().get(n)).distinct().count() > 1).toList();
  }

  /** The table: a header, the generic count, the special points with their laws (every point with {@code all}). */
  String text(boolean all) {
    StringBuilder b = new StringBuilder();
    List<String> names = axes.stream().map(ParamGrid.Axis::name).toList();
    b.append("Sweep: ").append(system).append(", ").append(points.size()).append(" points over ");
    List<String> parts = new ArrayList<>();
    for (String n : names) {
      long k = points.stream().map(p -> p.values().get(n)).distinct().count();
      parts.add(k == 1 ? n + " = " + points.get(0).values().get(n) : n + " (" + k + " values)");
    }
    b.append(String.join(", ", parts)).append('\n');
    b.append("Generic count: ").append(generic.count()).append(" independent law").append(generic.count() == 1 ? "" : "s")
        .append(" (at random values ").append(values(generic.values(), swept())).append(")\n");
    List<SweepPoint.Result> special = special();
    List<SweepPoint.Result> rows = all ? points : special;
    b.append(all ? "Every point" : "Points where the number of laws differs from " + generic.count()).append(": ")
        .append(special.size()).append(special.size() == 1 ? " point" : " points").append(all ? " special" : "").append('\n');
    StringBuilder header = new StringBuilder("  ");
    for (String n : swept()) header.append(String.format(Locale.ROOT, "%-10s", n));
    header.append("laws");
    if (!rows.isEmpty()) b.append(header).append('\n');
    for (SweepPoint.Result r : rows) {
      StringBuilder line = new StringBuilder("  ");
      for (String n : swept()) line.append(String.format(Locale.ROOT, "%-10s", r.values().get(n)));
      line.append(r.count() < 0 ? "error: " + r.error() : r.count() + (r.count() != generic.count() ? "  *" : ""));
      b.append(line).append('\n');
      if (r.count() != generic.count() && r.count() >= 0) for (String l : r.laws()) b.append("      ").append(l).append('\n');
    }
    long failed = failures();
    if (failed > 0) b.append("Failed points: ").append(failed).append(" (run with --all to see why)\n");
    b.append(String.format(Locale.ROOT, "Time: %.1f s%n", timeMs / 1000.0));
    return b.toString();
  }

  /** One JSON object: the generic count and point, the special points, and every point. */
  String json() {
    ObjectMapper om = new ObjectMapper();
    ObjectNode o = om.createObjectNode();
    o.put("system", system);
    ArrayNode sw = o.putArray("swept");
    swept().forEach(sw::add);
    o.put("points", points.size());
    o.put("generic_count", generic.count());
    o.set("generic_point", om.valueToTree(generic.values()));
    ArrayNode sp = o.putArray("special");
    for (SweepPoint.Result r : special()) sp.add(point(om, r));
    ArrayNode every = o.putArray("all");
    for (SweepPoint.Result r : points) every.add(point(om, r));
    o.put("failed", failures());
    o.putObject("timings_ms").put("total", timeMs);
    try {
      return om.writeValueAsString(o) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ObjectNode point(ObjectMapper om, SweepPoint.Result r) {
    ObjectNode p = om.createObjectNode();
    p.set("values", om.valueToTree(r.values()));
    p.put("independent_count", r.count());
    ArrayNode laws = p.putArray("laws");
    r.laws().forEach(laws::add);
    p.put("verification", r.verified() ? "exact" : "not every law exact");
    p.put("time_ms", r.timeMs());
    if (!r.error().isEmpty()) p.put("error", r.error());
    return p;
  }

  private static String values(Map<String, String> v, List<String> names) {
    List<String> parts = new ArrayList<>();
    for (String n : names) parts.add(n + " = " + v.get(n));
    return String.join(", ", parts);
  }
}
