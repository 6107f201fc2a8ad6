package io.numberstoolkit.cli;

import io.numberstoolkit.proxy.record.NumberRecorder;
import io.numberstoolkit.proxy.record.Snapshot;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code snapshot}: a target's numbers, read page by page, written as a state file the simulator loads. */
@Command(
    name = "snapshot",
    mixinStandardHelpOptions = true,
    description = "Reads every page of GET /numbers.json (read-only, following Link next) and writes the numbers"
        + " and their campaigns to a state file: simulate --state FILE works on the copy offline.")
public final class SnapshotCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--base-url", required = true, paramLabel = "URL", description = "The implementation, like http://127.0.0.1:8080.")
  String baseUrl;

  @Option(names = "--api-key", required = true, paramLabel = "KEY", defaultValue = "${env:NUMBERS_API_KEY}",
      description = "The API key to read with (default: $NUMBERS_API_KEY); it is not written to the file.")
  String apiKey;

  @Option(names = "--company-id", paramLabel = "ID", description = "The company to read, for a reseller's key.")
  String companyId;

  @Option(names = "--out", required = true, paramLabel = "FILE", description = "The state file to write.")
  Path out;

  @Option(names = "--timeout-ms", paramLabel = "MS", defaultValue = "30000",
      description = "How long one page may take (default: ${DEFAULT-VALUE}).")
  long timeoutMs;

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    NumberRecorder recorder = new NumberRecorder();
    try {
      int pages = new Snapshot(Duration.ofMillis(Math.min(timeoutMs, 10_000)), Duration.ofMillis(Math.max(1, timeoutMs)))
          .take(baseUrl, apiKey, companyId, recorder);
      recorder.write(out);
      String leftOut = recorder.leftOut();
      stdout.println(recorder.size() + " numbers from " + pages + " pages written to " + out
          + (leftOut.isEmpty() ? "" : "; left out: " + leftOut));
      stdout.println("Work on the copy offline: simulate --state " + out);
      stdout.flush();
      return 0;
    } catch (Snapshot.SnapshotException e) {
      err.println("snapshot: " + e.getMessage() + "; nothing written");
    } catch (IllegalArgumentException e) {
      err.println("snapshot: --base-url takes a URL like http://127.0.0.1:8080: " + e.getMessage());
    } catch (IOException e) {
      err.println("snapshot: cannot write " + out + ": " + e.getMessage());
    }
    err.flush();
    return 1;
  }
}
