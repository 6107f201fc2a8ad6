package io.numberstoolkit.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.numberstoolkit.simulator.Simulator;
import io.numberstoolkit.simulator.SimulatorOptions;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The simulator as a frontend developer meets it, in real headless Chromium: an app page on
 * another origin calls the API with {@code fetch} (credentials, exposed headers, a create's
 * {@code Location} followed, sessions, the API key, a connection fault), a page of a hostile site
 * is refused and changes nothing, and the web console shows the log, the sessions and the fault
 * switch and acts on them. Waits are for what the page shows, never for an amount of time.
 */
class BrowserIT {
  private static final String API_KEY = "alpha";
  private static final String ADMIN_KEY = "console-key";
  private static final String CREATE = "{\"number\": {\"cid\": \"0001\", \"afid\": \"0002\", \"sid\": \"%s\"}}";

  private static Simulator simulator;
  private static AppPages app;
  private static ChromeDriver browser;
  private static String base;
  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeAll
  static void start() throws Exception {
    browser = Chromium.start("MAP hostile.test 127.0.0.1");
    simulator = Simulator.start(SimulatorOptions.builder().port(0).apiKey(API_KEY, 1L).adminKey(ADMIN_KEY).build());
    base = simulator.baseUrl();
    app = AppPages.start();
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.quit();
    }
    if (app != null) {
      app.close();
    }
    if (simulator != null) {
      simulator.close();
    }
  }

  @BeforeEach
  void reset() {
    simulator.reset();
  }

  @Test
  void anAppOnAnotherOriginFetchesWithCredentialsAndReadsRetryAfter() {
    browser.get(app.url("localhost"));
    Map<String, Object> result = run("""
        const list = await fetch(base + '/numbers.json?api_key=alpha', {credentials: 'include'});
        const faulted = await fetch(base + '/numbers.json?api_key=alpha',
            {credentials: 'include', headers: {'X-Numbers-Fault': '429'}});
        const body = await faulted.json();
        let broken;
        try {
          await fetch(base + '/numbers.json?api_key=alpha', {headers: {'X-Numbers-Fault': 'EMPTY_RESPONSE'}});
          broken = 'answered';
        } catch (e) {
          broken = e.name;
        }
        return {list: list.status, count: (await list.json()).length, faulted: faulted.status,
            retryAfter: faulted.headers.get('Retry-After'), message: body.error.message, broken};
        """);
    assertEquals(200L, result.get("list"), result.toString());
    assertEquals(2L, result.get("count"));
    assertEquals(429L, result.get("faulted"));
    assertEquals("1", result.get("retryAfter"), "the page can read Retry-After to back off");
    assertTrue(((String) result.get("message")).contains("fault injected"), result.toString());
    assertEquals("TypeError", result.get("broken"), "a broken connection is a network error to fetch");
  }

  @Test
  void anAppFollowsTheLocationOfWhatItCreated() {
    browser.get(app.url("localhost"));
    Map<String, Object> result = run("""
        const created = await fetch(base + '/numbers.json?api_key=alpha', {method: 'POST', credentials: 'include',
            headers: {'Content-Type': 'application/json'}, body: args[1]});
        const location = created.headers.get('Location');
        const followed = await fetch(location + '?api_key=alpha', {credentials: 'include'});
        return {created: created.status, location, followed: followed.status, sid: (await followed.json()).number.sid};
        """, String.format(CREATE, "from-the-browser"));
    assertEquals(201L, result.get("created"), result.toString());
    assertTrue(((String) result.get("location")).startsWith(base + "/numbers/"), result.toString());
    assertEquals(200L, result.get("followed"));
    assertEquals("from-the-browser", result.get("sid"));
  }

  @Test
  void eachSessionIsAStoreOfItsOwnAndTheApiKeyIsChecked() {
    browser.get(app.url("127.0.0.1"));
    Map<String, Object> result = run("""
        const inTab = {'Content-Type': 'application/json', 'X-Numbers-Session': 'tab-1'};
        const created = await fetch(base + '/numbers.json?api_key=alpha', {method: 'POST', headers: inTab, body: args[1]});
        const id = (await created.json()).number.id;
        const inSession = await fetch(base + '/numbers/' + id + '.json?api_key=alpha', {headers: {'X-Numbers-Session': 'tab-1'}});
        const shared = await fetch(base + '/numbers/' + id + '.json?api_key=alpha');
        const byQuery = await fetch(base + '/numbers/' + id + '.json?api_key=alpha&numbers_session=tab-1');
        const noKey = await fetch(base + '/numbers.json');
        const wrongKey = await fetch(base + '/numbers.json?api_key=beta');
        return {created: created.status, inSession: inSession.status, shared: shared.status, byQuery: byQuery.status,
            noKey: noKey.status, noKeyMessage: (await noKey.json()).error.message, wrongKey: wrongKey.status};
        """, String.format(CREATE, "tab-only"));
    assertEquals(201L, result.get("created"), result.toString());
    assertEquals(200L, result.get("inSession"));
    assertEquals(404L, result.get("shared"), "the shared space never saw it");
    assertEquals(200L, result.get("byQuery"), "a page that cannot set headers names the session in the query");
    assertEquals(401L, result.get("noKey"));
    assertFalse(((String) result.get("noKeyMessage")).isBlank());
    assertEquals(401L, result.get("wrongKey"));
  }

  @Test
  void aHostileSiteCanNeitherReadNorChangeAnything() throws Exception {
    String before = api("GET", "/numbers.json?api_key=alpha", null).body();
    browser.get(app.url("hostile.test"));
    Map<String, Object> result = run("""
        let read;
        try {
          await fetch(base + '/numbers.json?api_key=alpha', {credentials: 'include'});
          read = 'read';
        } catch (e) {
          read = e.name;
        }
        const form = new URLSearchParams({'api_key': 'alpha', 'number[cid]': '0001', 'number[afid]': '0002',
            'number[sid]': 'hostile'});
        await fetch(base + '/numbers.json', {method: 'POST', mode: 'no-cors', body: form});
        let deleted;
        try {
          await fetch(base + '/numbers/5.json?api_key=alpha', {method: 'DELETE'}); // asks first: refused
          deleted = 'deleted';
        } catch (e) {
          deleted = e.name;
        }
        let admin;
        try {
          await fetch(base + '/__admin/numbers/reset?all=true', {method: 'POST', mode: 'no-cors'});
          admin = 'sent';
        } catch (e) {
          admin = e.name;
        }
        return {read, deleted, admin};
        """);
    assertEquals("TypeError", result.get("read"), "the API's answer is kept from the page");
    assertEquals("TypeError", result.get("deleted"), "the preflight is refused, the DELETE never sent");
    assertEquals(before, api("GET", "/numbers.json?api_key=alpha", null).body(), "nothing created or deleted");
  }

  @Test
  void theConsoleShowsTheLogWithViolationsTheSessionsAndSwitchesFaults() throws Exception {
    openConsoleWithKey();
    api("GET", "/numbers.json?api_key=alpha", null);
    api("POST", "/numbers.json?api_key=alpha", "{\"number\": {\"cid\": \"0001\"}}", "X-Numbers-Session", "checkout-flow");
    api("POST", "/numbers.json?api_key=alpha", String.format(CREATE, "spring-sale"), "X-Numbers-Session", "checkout-flow");
    api("GET", "/numbers/9999.json?api_key=alpha", null);
    api("PUT", "/numbers/5.json?api_key=alpha", "{\"number\": {\"sid\": \"renamed\"}}");
    api("GET", "/numbers.json?api_key=alpha", null, "X-Numbers-Fault", "503");
    api("DELETE", "/numbers/79.json?api_key=alpha", null);

    WebElement violation = waitFor(By.cssSelector("#log li.violation"));
    assertTrue(violation.getText().contains("/number/afid"), violation.getText());
    waitFor(By.cssSelector("#log tr.entry[data-status='503']"));
    assertEquals(7, browser.findElements(By.cssSelector("#log tr.entry")).size());
    WebElement session = waitFor(By.cssSelector("#sessions li[data-session='checkout-flow'] button.link"));
    browser.findElement(By.cssSelector("#log tr.entry[data-status='422']")).click();
    waitFor(By.cssSelector("#log tr.entry.open + tr.detail pre.body"));
    screenshot("console.png");

    session.click();
    wait(ExpectedConditions.textToBe(By.id("state-name"), "session checkout-flow"));
    wait(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#state tbody"), "spring-sale"));

    WebElement status = browser.findElement(By.id("fault-status"));
    status.clear();
    status.sendKeys("418");
    browser.findElement(By.id("fault-apply")).click();
    wait(ExpectedConditions.textToBe(By.id("fault-current"), "418"));
    assertEquals(418, api("GET", "/numbers.json?api_key=alpha", null).statusCode(), "the switch faults the API");
    browser.findElement(By.id("fault-off")).click();
    wait(ExpectedConditions.textToBe(By.id("fault-current"), "off"));
    assertEquals(200, api("GET", "/numbers.json?api_key=alpha", null).statusCode());

    browser.findElement(By.id("reset-all")).click();
    wait(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#sessions li[data-session='checkout-flow']"), 0));
    assertEquals("{\"sessions\":[]}", admin("GET", "/sessions").body());
  }

  @Test
  void theConsoleDropsAndResetsOneSession() throws Exception {
    openConsoleWithKey();
    api("POST", "/numbers.json?api_key=alpha", String.format(CREATE, "kept"), "X-Numbers-Session", "keep");
    api("POST", "/numbers.json?api_key=alpha", String.format(CREATE, "dropped"), "X-Numbers-Session", "drop-me");
    browser.findElement(By.id("sessions-refresh")).click();
    waitFor(By.cssSelector("#sessions li[data-session='drop-me'] button.danger")).click();
    wait(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#sessions li[data-session='drop-me']"), 0));
    assertEquals("{\"sessions\":[\"keep\"]}", admin("GET", "/sessions").body());
    waitFor(By.cssSelector("#sessions li[data-session='keep'] button.small")).click(); // Reset
    wait(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), "session keep reset"));
  }

  @Test
  void theConsoleShowsWhatClientsSentAsTextNeverAsMarkup() throws Exception {
    openConsoleWithKey();
    String attack = "<img src=x onerror=\\\"document.title='pwned'\\\">";
    api("POST", "/numbers.json?api_key=alpha", String.format(CREATE, attack), "X-Numbers-Session", "x<b>y</b>");
    WebElement row = waitFor(By.cssSelector("#log tr.entry[data-status='201']"));
    row.click(); // opens the bodies
    WebElement session = waitFor(By.cssSelector("#sessions li[data-session='x<b>y</b>'] button.link"));
    session.click();
    wait(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#state tbody"), "<img src=x"));
    assertTrue(browser.findElement(By.cssSelector("#log pre.body")).getText().contains("<img src=x"));
    assertEquals(0, browser.findElements(By.cssSelector("img, b")).size(), "no markup from the data was made");
    assertNotEquals("pwned", browser.getTitle());
  }

  @Test
  void theConsoleIsHardened() throws Exception {
    HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(base + "/__admin/numbers/console")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(200, page.statusCode());
    assertEquals("default-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
        page.headers().firstValue("Content-Security-Policy").orElse(null));
    assertEquals("nosniff", page.headers().firstValue("X-Content-Type-Options").orElse(null));
    assertFalse(page.body().contains("<script>"), "no inline script");
    assertEquals(401, http.send(HttpRequest.newBuilder(URI.create(base + "/__admin/numbers/requests")).build(),
        HttpResponse.BodyHandlers.ofString()).statusCode(), "the page is open, the data behind it is not");
  }

  private void openConsoleWithKey() {
    browser.get(base + "/__admin/numbers/console");
    browser.executeScript("sessionStorage.clear()");
    browser.navigate().refresh();
    WebElement key = waitFor(By.id("admin-key"));
    key.sendKeys(ADMIN_KEY);
    browser.findElement(By.cssSelector("#key-form button[type=submit]")).click();
    wait(ExpectedConditions.invisibilityOfElementLocated(By.id("key-form")));
    wait(ExpectedConditions.textToBe(By.id("live"), "live"));
  }

  /** Runs the script as an async function in the page, {@code base} and {@code args} in scope. */
  @SuppressWarnings("unchecked")
  private Map<String, Object> run(String script, Object... more) {
    Object[] args = new Object[more.length + 1];
    args[0] = base;
    System.arraycopy(more, 0, args, 1, more.length);
    Object result = browser.executeAsyncScript(
        "const done = arguments[arguments.length - 1];"
            + "const args = Array.from(arguments).slice(0, -1); const base = args[0];"
            + "(async () => {" + script + "})().then(done, e => done({failed: String(e)}));", args);
    assertFalse(((Map<String, Object>) result).containsKey("failed"), String.valueOf(result));
    return (Map<String, Object>) result;
  }

  private HttpResponse<String> api(String method, String path, String json, String... header) throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
        .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
    if (json != null) {
      request.header("Content-Type", "application/json");
    }
    if (header.length == 2) {
      request.header(header[0], header[1]);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> admin(String method, String path) throws IOException, InterruptedException {
    return http.send(HttpRequest.newBuilder(URI.create(base + "/__admin/numbers" + path))
        .method(method, HttpRequest.BodyPublishers.noBody()).header("Authorization", "Bearer " + ADMIN_KEY).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private WebElement waitFor(By locator) {
    return wait(ExpectedConditions.visibilityOfElementLocated(locator));
  }

  /** Waits for what the page shows; the limit is a safety net against a hang, not a measurement. */
  private <T> T wait(org.openqa.selenium.support.ui.ExpectedCondition<T> condition) {
    return new WebDriverWait(browser, Duration.ofSeconds(30)).until(condition);
  }

  private void screenshot(String name) throws IOException {
    Path target = Path.of("target", "browser", name);
    Files.createDirectories(target.getParent());
    Files.move(browser.getScreenshotAs(OutputType.FILE).toPath(), target, StandardCopyOption.REPLACE_EXISTING);
  }
}
