package dev.discover.distributed;

import dev.discover.cli.OutputPaths;
import dev.discover.io.AtomicFile;
import dev.discover.io.InputException;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.spark.api.java.JavaSparkContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code discover batch JOBS.jsonl --out RESULTS.jsonl}: runs one {@code discover} command per line of a jobs
 * file as Spark tasks and writes one result record per job ({@link JobResult}). Results arrive in a journal
 * ({@code RESULTS.jsonl.partial}) as jobs finish, so {@code --resume} after an interruption reruns only the jobs
 * without a result; at the end the results file is written in job order, atomically, and the journal removed.
 * Exit code 0 when every job succeeded, 2 when some had bad input (their records say why), 1 when some failed.
 */
@Command(name = "batch", mixinStandardHelpOptions = true,
    description = {"Runs a file of jobs, one JSON object per line, on Apache Spark (local mode by default): "
        + "{\"laws\": \"systems/x.json\"}, {\"formula\": \"data.csv\", \"target\": \"y\", \"seed\": 1}, "
        + "{\"feynman\": \"I.12.1\", \"noise\": 0.01}, {\"equations\": \"traj.csv\"}, {\"invariants\": \"traj.csv\"}, "
        + "{\"classify\": \"systems/f.json\"}, {\"pde\": \"systems/kdv.json\"}; other keys are the command's options "
        + "(\"time_limit\": \"10s\" is --time-limit 10s), \"id\" names the job. Writes one JSON line per job: id, line, "
        + "type, status (ok, bad_input, failed), time_ms, and the command's own JSON as result (or error)."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:every job succeeded", "1:some job failed internally", "2:bad input (some job, the jobs file, or the master)"})
public final class BatchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "JOBS", description = "jobs file: one JSON object per line")
  Path jobs;

  @Option(names = "--out", paramLabel = "FILE", required = true, description = "results file (JSON lines)")
  Path out;

  @Option(names = "--resume", description = "keep the results already in the results file (or its journal) and run only the other jobs")
  boolean resume;

  @Mixin ClusterOptions cluster;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    OutputPaths.file(out, "--out");
    SparkSetup setup = cluster.setup();
    List<JobFile.Entry> entries = JobFile.read(jobs);
    Path journal = out.resolveSibling(out.getFileName() + ".partial");
    Map<String, JobResult> results = new LinkedHashMap<>();
    if (resume) for (Path p : List.of(out, journal)) results.putAll(previous(p, entries));
    int skipped = results.size();
    List<Job> toRun = new ArrayList<>();
    for (JobFile.Entry e : entries) {
      if (results.containsKey(e.id())) continue;
      if (e instanceof JobFile.Malformed m) {
        err.println("discover batch: " + m.message());
        results.put(m.id(), JobResult.of(m.id(), m.line(), "unknown", JobResult.BAD_INPUT, 0, m.message(), "", false));
      } else if (e instanceof JobFile.Parsed p) {
        toRun.add(p.job());
      }
    }
    err.flush();
    BatchProgress progress = new BatchProgress(err, cluster.progressShown(), "batch", entries.size(), results.size());
    long start = System.nanoTime();
    if (!toRun.isEmpty()) {
      try (JavaSparkContext sc = setup.open("discover batch " + jobs.getFileName())) {
        run(sc, setup.cores(sc), toRun, journal, results, progress);
      }
    }
    List<JobResult> ordered = new ArrayList<>(results.values());
    ordered.removeIf(r -> entries.stream().noneMatch(e -> e.id().equals(r.id())));
    ordered.sort(Comparator.comparingInt(JobResult::line));
    AtomicFile.write(out, w -> { for (JobResult r : ordered) line(w, r); });
    Files.deleteIfExists(journal);
    long bad = ordered.stream().filter(r -> r.status().equals(JobResult.BAD_INPUT)).count();
    long failed = ordered.stream().filter(r -> r.status().equals(JobResult.FAILED)).count();
    if (!cluster.quiet) {
      err.printf("discover batch: %d jobs: %d ok, %d bad input, %d failed; %d run in %.1f s, %d kept from before; results in %s%n",
          ordered.size(), ordered.size() - bad - failed, bad, failed, toRun.size(), (System.nanoTime() - start) / 1e9, skipped, out);
      err.flush();
    }
    return failed > 0 ? 1 : bad > 0 ? 2 : 0;
  }

  /** Runs the jobs; the journal starts with what is known already, then takes each result as it arrives. */
  private static void run(JavaSparkContext sc, int cores, List<Job> toRun, Path journal, Map<String, JobResult> results,
      BatchProgress progress) throws IOException {
    AtomicFile.write(journal, w -> { for (JobResult r : results.values()) line(w, r); });
    try (BufferedWriter w = Files.newBufferedWriter(journal, StandardCharsets.UTF_8, StandardOpenOption.APPEND)) {
      TaskPool.run(sc, toRun, 2 * cores, JobRunner::run,
          (job, cause) -> JobResult.of(job.id(), job.line(), job.type(), JobResult.FAILED, 0, "Spark gave up on the task: " + cause, "", job.json()),
          r -> {
            results.put(r.id(), r);
            try {
              line(w, r);
              w.flush();
            } catch (IOException e) {
              throw new java.io.UncheckedIOException(e);
            }
            progress.done(!r.status().equals(JobResult.OK));
          });
    }
  }

  private static void line(BufferedWriter w, JobResult r) throws IOException {
    w.write(r.json());
    w.newLine();
  }

  /** The finished records of a results file or journal whose ids are jobs of this file; unreadable lines are skipped. */
  private static Map<String, JobResult> previous(Path file, List<JobFile.Entry> entries) {
    Map<String, JobResult> out = new LinkedHashMap<>();
    if (!Files.exists(file)) return out;
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException | java.io.UncheckedIOException e) {
      throw new InputException(file + ": --resume cannot read the earlier results (" + e.getMessage() + ")");
    }
    Map<String, Integer> lineOf = new LinkedHashMap<>();
    for (JobFile.Entry e : entries) lineOf.put(e.id(), e.line());
    for (String l : lines) {
      JobResult.parse(l).ifPresent(r -> {
        // a failed job is run again; a record of a job that is no longer in the file is dropped
        if (!r.status().equals(JobResult.FAILED) && lineOf.containsKey(r.id())) out.put(r.id(), r);
      });
    }
    return out;
  }
}
