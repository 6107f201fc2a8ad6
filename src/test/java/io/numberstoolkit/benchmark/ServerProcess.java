package io.numberstoolkit.benchmark;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A {@link ServerMain} in a child JVM: launched at once, its port awaited when first needed, its
 * heap read on request, stopped on close.
 */
final class ServerProcess implements AutoCloseable {
  private final String name;
  private final Process process;
  private final BufferedReader replies;
  private final Writer commands;
  private int port;

  private ServerProcess(String name, Process process) {
    this.name = name;
    this.process = process;
    this.replies = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    this.commands = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
  }

  /** Starts {@code ServerMain KIND} with this JVM's java and classpath, without waiting for it. */
  static ServerProcess launch(String name, String kind) throws IOException {
    List<String> command = new ArrayList<>(JavaCommand.withClasspath());
    command.add(ServerMain.class.getName());
    command.add(kind);
    return new ServerProcess(name, new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start());
  }

  /** The port it listens on, once it does. */
  int port() throws IOException {
    if (port == 0) {
      port = Integer.parseInt(reply("PORT "));
    }
    return port;
  }

  InetSocketAddress address() throws IOException {
    return new InetSocketAddress("127.0.0.1", port());
  }

  String baseUrl() throws IOException {
    return "http://127.0.0.1:" + port();
  }

  /** The CPU time its process has used so far, all threads together (null where the OS does not say). */
  Duration cpuTime() {
    return process.toHandle().info().totalCpuDuration().orElse(null);
  }

  /** A load generator aimed at this server, which also reads the server's CPU time. */
  LoadGenerator loadGenerator() throws IOException {
    return new LoadGenerator(address(), this::cpuTime);
  }

  /** The heap in use after a full GC, in bytes. */
  long heapInUse() throws IOException {
    port();
    command("heap");
    return Long.parseLong(reply("HEAP "));
  }

  /** Gives plain WireMock its one static stub: this answer for every GET-by-id path. */
  void stub(AdminClient.StoredAnswer answer) throws IOException {
    port();
    Path body = Files.createTempFile("plain-wiremock-body", ".json");
    try {
      Files.write(body, answer.body());
      List<String> fields = new ArrayList<>(List.of(body.toString()));
      fields.addAll(answer.headers());
      command("stub " + String.join("\t", fields));
      reply("STUBBED");
    } finally {
      Files.deleteIfExists(body);
    }
  }

  private void command(String line) throws IOException {
    commands.write(line + "\n");
    commands.flush();
  }

  private String reply(String prefix) throws IOException {
    for (String line = replies.readLine(); line != null; line = replies.readLine()) {
      if (line.startsWith(prefix)) {
        return line.substring(prefix.length()).trim();
      }
    }
    throw new IOException(name + " ended before it answered (exit code " + exitCode() + ")");
  }

  private String exitCode() {
    try {
      return process.waitFor(5, TimeUnit.SECONDS) ? Integer.toString(process.exitValue()) : "still running";
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "unknown";
    }
  }

  @Override
  public void close() {
    try {
      command("stop");
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (IOException e) {
      process.destroyForcibly();
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }
}
