package io.numberstoolkit.conformance.oracle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The oracle's rules that one create or update exchange shows by itself, with no earlier view of
 * the number: for a checker that sees traffic one exchange at a time (the validating proxy). The
 * rules and their sentences are the oracle's own ({@link Rule}); nothing here is a convention.
 */
public final class OneExchangeRules {
  /**
   * A rule one answer broke.
   *
   * @param rule the rule's name, e.g. {@code TOLL_FREE_UNLESS_LOCAL}
   * @param sentence the rule in words
   * @param source the sentence of the documents it rests on
   * @param detail which field, what was expected and what came back
   */
  public record Broken(String rule, String sentence, String source, String detail) {}

  private static final List<String> SCALARS = List.of("cid", "afid", "sid");

  private OneExchangeRules() {}

  /**
   * What a create's answer must show of the JSON {@code number} node sent: the campaign, affiliate
   * and sub id sent, toll-free unless Local, overridden parts as sent and not inherited, the
   * campaign's settings otherwise ({@link CreateRules}).
   *
   * @param answered the number as answered, timers and menu options unwrapped (NumberView.normalized)
   */
  public static List<Broken> create(ObjectNode sent, JsonNode answered) {
    return named(CreateRules.check(sentChange(sent), answered));
  }

  /**
   * What an update's answer (one that carries the number) must show of the JSON {@code number}
   * node sent: the attributes it names, set as sent. What it did not name cannot be judged without
   * the number as it was before, which one exchange does not show.
   */
  public static List<Broken> update(ObjectNode sent, JsonNode answered) {
    SentChange change = sentChange(sent);
    List<Finding> findings = new ArrayList<>();
    for (String attribute : SCALARS) {
      String value = change.text(attribute);
      if (value != null && !value.equals(answered.path(attribute).asText(null))) {
        findings.add(Finding.of(Rule.UPDATE_SETS_WHAT_IT_NAMES, attribute, value, answered.get(attribute)));
      }
    }
    if (change.namesGreeting()) {
      Greetings.ownAsSent(change, answered.path("greeting"), findings);
    }
    for (NestedItems kind : NestedItems.values()) {
      List<JsonNode> given = kind == NestedItems.TIMERS ? change.timers() : change.menuOptions();
      List<JsonNode> items = new ArrayList<>(kind.of(answered));
      for (JsonNode item : given) {
        if (item.has("id")) {
          String where = kind.field() + " id " + item.get("id");
          NestedItems.withId(items, item.get("id")).ifPresentOrElse(
              found -> findings.addAll(kind.differences(Rule.NESTED_IN_PLACE_OR_ADDED, where, item, found)),
              () -> findings.add(Finding.of(Rule.NESTED_IN_PLACE_OR_ADDED, where, "changed in place", "gone")));
        } else if (kind.wellFormed(item)) {
          kind.match(item, items).ifPresentOrElse(items::remove, () -> findings.add(
              Finding.of(Rule.NESTED_IN_PLACE_OR_ADDED, kind.field(), kind.describe(item) + " added", kind.of(answered))));
        }
      }
    }
    return named(findings);
  }

  private static SentChange sentChange(ObjectNode sent) {
    return new SentChange(Optional.of(sent), sent.path("message_file_b64_filename").asText(null));
  }

  private static List<Broken> named(List<Finding> findings) {
    return findings.stream()
        .map(f -> new Broken(f.rule().name(), f.rule().sentence(), f.rule().source(), f.describe()))
        .toList();
  }
}
