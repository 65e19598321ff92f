package dev.discover.distributed;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The kinds of job a batch runs, each the {@code discover} command it stands for: the key that names the type
 * in a job line, the subcommand, and whether that command prints JSON.
 */
enum JobType {
  /** {@code {"laws": "systems/x.json"}}: {@code discover FILE}. */
  LAWS("laws", List.of(), true, true),
  /** {@code {"pde": "systems/kdv.json"}}: {@code discover FILE} on a PDE system file. */
  PDE("pde", List.of(), true, true),
  /** {@code {"formula": "data.csv", "target": "y"}}: {@code discover formula CSV}. */
  FORMULA("formula", List.of("formula"), true, true),
  /** {@code {"feynman": "I.12.1", "noise": 0.01}}: {@code discover formula --feynman ID}. */
  FEYNMAN("feynman", List.of("formula", "--feynman"), false, true),
  /** {@code {"equations": "traj.csv"}}: {@code discover equations CSV} (text output). */
  EQUATIONS("equations", List.of("equations"), true, false),
  /** {@code {"invariants": "traj.csv"}}: {@code discover invariants CSV}. */
  INVARIANTS("invariants", List.of("invariants"), true, true),
  /** {@code {"classify": "systems/family.json"}}: {@code discover classify FILE}. */
  CLASSIFY("classify", List.of("classify"), true, true);

  private final String key;
  private final List<String> command;
  private final boolean valueIsPath;
  private final boolean json;

  JobType(String key, List<String> command, boolean valueIsPath, boolean json) {
    this.key = key;
    this.command = command;
    this.valueIsPath = valueIsPath;
    this.json = json;
  }

  /** The key that names this type in a job line. */
  String key() { return key; }

  /** The subcommand words before the job's value. */
  List<String> command() { return command; }

  /** Whether the value is a file path (made absolute on the driver). */
  boolean valueIsPath() { return valueIsPath; }

  /** Whether the command has {@code --format json}. */
  boolean json() { return json; }

  /** The type named by a key. */
  static Optional<JobType> byKey(String key) {
    return Arrays.stream(values()).filter(t -> t.key.equals(key)).findFirst();
  }

  /** The keys, for messages. */
  static String keys() {
    return String.join(", ", Arrays.stream(values()).map(JobType::key).toList());
  }
}
