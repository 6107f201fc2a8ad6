package io.numberstoolkit.conformance.report;

import com.github.jknack.handlebars.EscapingStrategy;
import com.github.jknack.handlebars.Handlebars;
import com.github.jknack.handlebars.Template;
import com.github.jknack.handlebars.io.ClassPathTemplateLoader;
import io.numberstoolkit.conformance.Printable;
import io.numberstoolkit.conformance.client.Exchange;
import io.numberstoolkit.conformance.client.RunLedger;
import io.numberstoolkit.conformance.client.ScenarioRecord;
import io.numberstoolkit.contract.Operation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * report.html: one static page a team acts on. It opens with the target, the tags, the toolkit
 * version and the verdict, then one section per cause of failure with its first scenario and the
 * HTTP exchange that broke it in plain view (API key masked, bodies bounded), the known failures,
 * the scenarios not run with a one-line reason, the implementation profile, the coverage summary,
 * and every scenario by feature title. The page is {@code report/report.html.hbs} (Handlebars,
 * which WireMock brings and which escapes what it inserts).
 */
final class HtmlReport {
  private static final int BODY_LIMIT = 4000;
  private static final int NAMED_PER_GROUP = 20;
  private static final Template PAGE = compile();

  private HtmlReport() {}

  static String render(Verdict verdict, ImplementationProfile profile, Coverage coverage, RunLedger ledger,
      ReportContext context, FeatureTitles titles) {
    Map<String, Object> page = new LinkedHashMap<>();
    page.put("target", context.target());
    page.put("tags", context.selection());
    page.put("version", context.version());
    page.put("startedAt", ledger.startedAt().toString());
    page.put("counts", RunSummary.counts(verdict).replaceFirst("^Conformance: ", ""));
    page.put("verdict", verdictLine(verdict));
    page.put("passed", verdict.newFailures().isEmpty() && !verdict.incomplete());
    List<FailureGroup> groups = verdict.newGroups();
    Map<ScenarioRecord, Integer> causeNumbers = new HashMap<>();
    List<Map<String, Object>> groupViews = new ArrayList<>();
    for (int i = 0; i < groups.size(); i++) {
      FailureGroup group = groups.get(i);
      int number = i + 1;
      group.scenarios().forEach(s -> causeNumbers.put(s, number));
      groupViews.add(group(number, group, ledger, titles));
    }
    page.put("groups", groupViews);
    page.put("known", verdict.knownGroups().stream().map(g -> Map.of("count", g.size(), "cause", g.cause())).toList());
    page.put("knownSource", verdict.knownFailures().source());
    page.put("fixed", verdict.fixed());
    page.put("unmatched", verdict.unmatched());
    page.put("notRun", notRun(verdict, titles));
    page.put("profile", profile.rows());
    page.put("coverage", coverageRows(coverage));
    page.put("gaps", coverage.gaps());
    page.put("ruledOut", coverage.ruledOutLines());
    page.put("features", features(verdict, causeNumbers, titles));
    try {
      return ledger.masked(PAGE.apply(page));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot render report.html", e);
    }
  }

  private static String verdictLine(Verdict verdict) {
    if (!verdict.newFailures().isEmpty()) {
      int causes = verdict.newGroups().size();
      return "FAILED (exit 1): " + verdict.newFailures().size() + " scenarios failed, of " + causes
          + (causes == 1 ? " cause" : " causes");
    }
    if (verdict.incomplete()) {
      return "INCOMPLETE (exit 3): nothing failed, but scenarios did not run";
    }
    if (!verdict.knownFailed().isEmpty()) {
      return "PASSED (exit 0): only the " + verdict.knownFailed().size() + " known failures failed";
    }
    return "PASSED (exit 0)";
  }

  private static Map<String, Object> group(int number, FailureGroup group, RunLedger ledger, FeatureTitles titles) {
    ScenarioRecord first = group.first();
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("number", number);
    view.put("cause", ledger.masked(group.cause()));
    view.put("count", group.size());
    view.put("first", scenario(first, titles));
    view.put("error", first.error().map(ledger::masked).orElse(""));
    RunSummary.breakingExchange(first).ifPresent(exchange -> view.put("exchange", ledger.masked(exchange(exchange))));
    List<ScenarioRecord> others = group.scenarios().subList(1, group.size());
    view.put("others", others.stream().limit(NAMED_PER_GROUP).map(s -> scenario(s, titles)).toList());
    view.put("moreOthers", Math.max(0, others.size() - NAMED_PER_GROUP));
    return view;
  }

  private static Map<String, Object> scenario(ScenarioRecord scenario, FeatureTitles titles) {
    return Map.of("name", scenario.name(), "feature", titles.ofLocation(scenario.location()),
        "location", scenario.location());
  }

  /**
   * The exchange as sent and received, as a person reads it on the wire: request line, headers and
   * body; status, headers and body. The suite records the request's Content-Type, not the headers
   * its HTTP client adds on its own.
   */
  static String exchange(Exchange exchange) {
    StringBuilder text = new StringBuilder(exchange.method()).append(' ').append(exchange.url()).append('\n');
    if (exchange.requestContentType() != null) {
      text.append("Content-Type: ").append(exchange.requestContentType()).append('\n');
    }
    if (exchange.requestBody() != null && !exchange.requestBody().isEmpty()) {
      text.append('\n').append(Printable.block(exchange.requestBody(), BODY_LIMIT)).append('\n');
    }
    if (!exchange.answered()) {
      return text.append("\n→ ").append(exchange.failure()).toString();
    }
    text.append("\n→ ").append(exchange.status()).append('\n');
    exchange.responseHeaders().entrySet().stream().sorted(Map.Entry.comparingByKey())
        .forEach(header -> header.getValue().forEach(value -> text.append(header.getKey()).append(": ").append(value).append('\n')));
    if (exchange.hasBody()) {
      text.append('\n').append(Printable.block(exchange.responseBody(), BODY_LIMIT));
    }
    return text.toString();
  }

  private static List<Map<String, Object>> notRun(Verdict verdict, FeatureTitles titles) {
    Map<String, List<Map<String, Object>>> byReason = new LinkedHashMap<>();
    verdict.notRun().forEach(s -> byReason.computeIfAbsent(Outcome.reason(s), r -> new ArrayList<>()).add(scenario(s, titles)));
    List<Map<String, Object>> views = new ArrayList<>();
    byReason.forEach((reason, scenarios) -> views.add(Map.of("reason", reason, "scenarios", scenarios, "count", scenarios.size())));
    return views;
  }

  private static List<List<String>> coverageRows(Coverage coverage) {
    List<List<String>> rows = new ArrayList<>();
    for (Operation operation : Operation.values()) {
      rows.add(List.of(operation.label(), coverage.count(operation, CoverageItem.Kind.STATUS),
          coverage.count(operation, CoverageItem.Kind.PARAMETER), coverage.count(operation, CoverageItem.Kind.FIELD)));
    }
    return rows;
  }

  private static List<Map<String, Object>> features(Verdict verdict, Map<ScenarioRecord, Integer> causeNumbers,
      FeatureTitles titles) {
    Map<String, List<Map<String, Object>>> byFeature = new LinkedHashMap<>();
    for (ScenarioRecord scenario : verdict.scenarios()) {
      Outcome outcome = Outcome.of(scenario);
      boolean known = verdict.knownFailed().contains(scenario);
      Map<String, Object> view = new LinkedHashMap<>(scenario(scenario, titles));
      view.put("outcome", known ? "known failure" : outcome.name().toLowerCase(Locale.ROOT).replace('_', ' '));
      view.put("css", known ? "known" : outcome.name().toLowerCase(Locale.ROOT));
      view.put("cause", causeNumbers.get(scenario));
      view.put("reason", outcome == Outcome.NOT_RUN ? Outcome.reason(scenario) : null);
      byFeature.computeIfAbsent(titles.ofLocation(scenario.location()), f -> new ArrayList<>()).add(view);
    }
    List<Map<String, Object>> views = new ArrayList<>();
    byFeature.forEach((title, scenarios) -> views.add(Map.of("title", title, "scenarios", scenarios,
        "count", scenarios.size(), "failed", scenarios.stream().anyMatch(s -> "failed".equals(s.get("outcome"))))));
    return views;
  }

  private static Template compile() {
    try {
      // HBS3 escapes & < > " ' and `, and leaves = alone, so URLs stay readable in the page's source.
      return new Handlebars(new ClassPathTemplateLoader("/report", ".hbs")).with(EscapingStrategy.HBS3)
          .compile("report.html");
    } catch (IOException e) {
      throw new UncheckedIOException("the report template report/report.html.hbs is missing", e);
    }
  }
}
