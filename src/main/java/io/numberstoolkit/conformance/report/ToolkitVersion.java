package io.numberstoolkit.conformance.report;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The toolkit's version, as Maven wrote it into numbers-toolkit.properties when it built the toolkit. */
public final class ToolkitVersion {
  private static final String VERSION = read();

  private ToolkitVersion() {}

  public static String get() {
    return VERSION;
  }

  private static String read() {
    try (InputStream in = ToolkitVersion.class.getResourceAsStream("/numbers-toolkit.properties")) {
      Properties properties = new Properties();
      if (in != null) {
        properties.load(in);
      }
      return properties.getProperty("version", "dev");
    } catch (IOException e) {
      return "dev";
    }
  }
}
