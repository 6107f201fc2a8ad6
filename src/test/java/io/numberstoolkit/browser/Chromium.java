package io.numberstoolkit.browser;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Real headless Chromium, Debian's {@code chromium} driven through Debian's {@code chromium-driver}.
 * Both are named explicitly, so Selenium Manager never looks for (or downloads) a browser. Missing,
 * they fail the test rather than skip it: CI installs them ({@code .ci/run}), and a browser test
 * that quietly skips proves nothing. {@code -Dbrowser.binary} and {@code -Dbrowser.driver} point
 * elsewhere.
 */
final class Chromium {
  static final String PACKAGES = "chromium chromium-driver";

  private Chromium() {}

  /**
   * A new headless browser; {@code hostRules} (Chromium's {@code --host-resolver-rules}) lets a
   * made-up name such as {@code hostile.test} reach a server on this machine, as a site of another
   * origin would.
   */
  static ChromeDriver start(String hostRules) {
    Path binary = Path.of(System.getProperty("browser.binary", "/usr/bin/chromium"));
    Path driver = Path.of(System.getProperty("browser.driver", "/usr/bin/chromedriver"));
    for (Path needed : new Path[] {binary, driver}) {
      if (!Files.isExecutable(needed)) {
        fail(needed + " is missing: the browser test runs real Chromium; install the Debian packages "
            + PACKAGES + " (apt-get install " + PACKAGES + "), as .ci/run does, or point -Dbrowser.binary"
            + " and -Dbrowser.driver at a Chromium and its chromedriver");
      }
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(binary.toFile());
    // --no-sandbox: CI may run as root, where Chromium's sandbox refuses to start
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--window-size=1400,1000", "--no-first-run", "--host-resolver-rules=" + hostRules);
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(driver.toFile()).usingAnyFreePort().build();
    ChromeDriver browser = new ChromeDriver(service, options);
    browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    return browser;
  }
}
