package io.numberstoolkit.benchmark;

import java.nio.file.Path;
import java.util.List;

/** How to start another JVM like this one: the same java, the same classpath. */
final class JavaCommand {
  private JavaCommand() {}

  static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  static List<String> withClasspath() {
    return List.of(java(), "-cp", System.getProperty("java.class.path"));
  }
}
