package io.numberstoolkit.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** How to start another JVM like this one, and how to start the toolkit as a user does. */
final class JavaCommand {
  /**
   * The one place the benchmark learns where the runnable jar is: {@code -Dbenchmark.jar=PATH},
   * which the {@code benchmark} profile in pom.xml passes.
   */
  static final String JAR_PROPERTY = "benchmark.jar";

  private JavaCommand() {}

  static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  static List<String> withClasspath() {
    return List.of(java(), "-cp", System.getProperty("java.class.path"));
  }

  /** True when the packaged jar is there, so {@link #toolkit} runs {@code java -jar} as a user does. */
  static boolean packaged() {
    String jar = System.getProperty(JAR_PROPERTY);
    return jar != null && Files.isRegularFile(Path.of(jar));
  }

  /** {@code java -jar numbers-toolkit-standalone.jar ARGS}, or the same main class from this classpath without the jar. */
  static List<String> toolkit(String... args) {
    List<String> command = new ArrayList<>();
    if (packaged()) {
      command.addAll(List.of(java(), "-jar", System.getProperty(JAR_PROPERTY)));
    } else {
      command.addAll(withClasspath());
      command.add("io.numberstoolkit.cli.Main");
    }
    command.addAll(List.of(args));
    return command;
  }

  /** How {@link #toolkit} runs, for the table. */
  static String howToolkitRuns() {
    return packaged() ? "java -jar numbers-toolkit-standalone.jar" : "the toolkit's main class from the test classpath";
  }
}
