package io.numberstoolkit.proxy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The reports a proxy writes when it stops: {@code violations.json} (the admin log's document) and
 * {@code junit.xml}, one test case per exchange that broke the contract, so a CI job that runs its
 * end-to-end tests through the proxy fails on contract drift with the tools it has. Each file is
 * written beside itself and moved into place, so a reader never sees half of one.
 */
final class ProxyReports {
  static final String JSON_FILE = "violations.json";
  static final String JUNIT_FILE = "junit.xml";

  private ProxyReports() {}

  static void write(Path dir, String target, ViolationLog log) throws IOException {
    Files.createDirectories(dir);
    ObjectNode json = log.toJson();
    json.put("target", target);
    writeAtomically(dir.resolve(JSON_FILE), new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(json));
    writeAtomically(dir.resolve(JUNIT_FILE), junit(target, log));
  }

  static String junit(String target, ViolationLog log) {
    List<CheckedExchange> entries = log.entries();
    StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    xml.append("<testsuite name=\"numbers-proxy ").append(escape(target)).append("\" tests=\"")
        .append(entries.size() + 1).append("\" failures=\"").append(entries.size()).append("\" errors=\"0\" skipped=\"0\">\n");
    xml.append("  <testcase classname=\"numbers-proxy\" name=\"").append(log.exchanges())
        .append(" exchanges checked against the contract, ").append(log.withViolations()).append(" with violations\"/>\n");
    for (CheckedExchange entry : entries) {
      String rules = entry.violations().stream().map(ProxyViolation::rule).distinct().collect(Collectors.joining(", "));
      String sides = entry.violations().stream().map(v -> v.side().label()).distinct().collect(Collectors.joining(","));
      xml.append("  <testcase classname=\"numbers-proxy.").append(escape(sides)).append("\" name=\"")
          .append(escape(entry.title())).append("\">\n");
      xml.append("    <failure message=\"").append(escape(rules)).append("\" type=\"contract\">");
      entry.violations().forEach(v -> xml.append(escape(v.toString())).append('\n'));
      xml.append("</failure>\n  </testcase>\n");
    }
    return xml.append("</testsuite>\n").toString();
  }

  private static void writeAtomically(Path file, String text) throws IOException {
    Path partial = file.resolveSibling(file.getFileName() + ".partial");
    Files.writeString(partial, text, StandardCharsets.UTF_8);
    Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  /** Text fit for an XML attribute or element: markup escaped, characters XML 1.0 cannot carry dropped. */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints().forEach(c -> {
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        default -> {
          if (c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) || c > 0xFFFF) {
            out.appendCodePoint(c);
          }
        }
      }
    });
    return out.toString();
  }
}
