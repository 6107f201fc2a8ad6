package io.numberstoolkit.conformance.oracle;

import com.fasterxml.jackson.databind.JsonNode;
import io.numberstoolkit.conformance.client.Answer;
import io.numberstoolkit.conformance.client.NumberView;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One look at one tracked number through every view: show, the XML show, the search by its cid,
 * afid and sid, and the list page that holds it. A live number must show what the rules expect
 * and every other view must agree with show; a deleted one must be gone from all of them.
 */
final class NumberCheck {
  private static final Set<Integer> GONE = Set.of(404, 410);

  private final NumberViews views;
  private final TrackedNumber number;
  private final List<Breach> breaches = new ArrayList<>();

  private NumberCheck(NumberViews views, TrackedNumber number) {
    this.views = views;
    this.number = number;
  }

  static List<Breach> run(NumberViews views, TrackedNumber number) {
    NumberCheck check = new NumberCheck(views, number);
    if (number.pending() instanceof Effect.Deleted) {
      check.gone();
    } else {
      check.live();
    }
    return check.breaches;
  }

  private void live() {
    Answer show = views.show(number.id());
    if (show.status() != 200) {
      breach(Rule.CAN_BE_SHOWN, "show", show, "expected 200 with the number, got " + show.status());
      return;
    }
    JsonNode shown = show.number().normalized();
    rules(shown).forEach(finding -> breaches.add(Breach.of(finding, number.id(), "show", show.exchange())));
    xml(shown);
    search(shown);
    ListLocator.Sighting sighting = ListLocator.find(views, number.id(), number.listPage());
    if (sighting.number().isPresent()) {
      compare(Rule.LISTED_AS_SHOWN, "list page " + sighting.page(), sighting.answer(), shown, sighting.number().get());
    } else if (sighting.answer().status() != 200) {
      breach(Rule.LISTED_AS_SHOWN, "list", sighting.answer(), "expected 200 with a page, got " + sighting.answer().status());
    } else if (sighting.wholeList()) {
      breach(Rule.LISTED_AS_SHOWN, "list", sighting.answer(), "the number is on no page of the list");
    }
    number.checked(shown, sighting.number().isPresent() ? sighting.page() : null);
  }

  private List<Finding> rules(JsonNode shown) {
    Effect effect = number.pending();
    List<Finding> findings = new ArrayList<>();
    if (effect instanceof Effect.Created created) {
      findings.addAll(SameFields.compare(Rule.SHOWN_AS_ANSWERED, created.answered(), shown, Set.of()));
      findings.addAll(CreateRules.check(created.sent(), shown));
    } else if (effect instanceof Effect.Updated updated) {
      if (updated.answered() != null) {
        findings.addAll(SameFields.compare(Rule.SHOWN_AS_ANSWERED, updated.answered(), shown, Set.of()));
      }
      findings.addAll(UpdateRules.check(updated.sent(), number.agreed(), shown));
    } else if (effect instanceof Effect.Refused) {
      findings.addAll(SameFields.compare(Rule.REFUSED_CHANGES_NOTHING, number.agreed(), shown, Set.of()));
    }
    return findings;
  }

  private void xml(JsonNode shown) {
    Answer xml = views.showXml(number.id());
    if (xml.status() != 200) {
      breach(Rule.XML_AS_JSON, "XML show", xml, "expected 200 with the number in XML, got " + xml.status());
      return;
    }
    XmlFields.number(xml.exchange().responseBody(), shown)
        .forEach(difference -> breach(Rule.XML_AS_JSON, "XML show", xml, difference));
  }

  private void search(JsonNode shown) {
    String cid = shown.path("cid").asText(null);
    String afid = shown.path("afid").asText(null);
    String sid = shown.path("sid").asText(null);
    if (cid == null || afid == null || sid == null || !shown.path("sid").isTextual()) {
      return; // whether the search's segments may be omitted is OPEN
    }
    NumberViews.Search search = views.search(cid, afid, sid);
    Answer first = search.first();
    if (!search.answered()) {
      breach(Rule.FOUND_AS_SHOWN, "search", first, "expected 200, got " + first.status());
      return;
    }
    List<NumberView> found = search.numbers().stream().filter(n -> n.id() == number.id()).toList();
    if (found.isEmpty() && !search.complete()) {
      return; // not on the pages the walk reached: not seen, not missing
    }
    if (found.size() != 1) {
      breach(Rule.FOUND_AS_SHOWN, "search", first, "the search lists the number " + found.size() + " times");
      return;
    }
    compare(Rule.FOUND_AS_SHOWN, "search", first, shown, found.get(0));
  }

  private void gone() {
    for (Answer show : List.of(views.show(number.id()), views.showXml(number.id()))) {
      if (!GONE.contains(show.status())) {
        breach(Rule.GONE_AFTER_DELETE, show.exchange().format().equals("xml") ? "XML show" : "show", show,
            "expected 404 or 410, got " + show.status());
      }
    }
    JsonNode last = number.agreed();
    if (last.path("sid").isTextual()) {
      NumberViews.Search search = views.search(last.path("cid").asText(), last.path("afid").asText(), last.path("sid").asText());
      if (search.answered() && search.numbers().stream().anyMatch(n -> n.id() == number.id())) {
        breach(Rule.GONE_AFTER_DELETE, "search", search.first(), "the search still lists the number");
      }
    }
    ListLocator.Sighting sighting = ListLocator.find(views, number.id(), number.listPage());
    sighting.number().ifPresent(still ->
        breach(Rule.GONE_AFTER_DELETE, "list page " + sighting.page(), sighting.answer(), "the list still holds the number"));
    number.checkedGone();
  }

  private void compare(Rule rule, String view, Answer answer, JsonNode shown, NumberView seen) {
    SameFields.compare(rule, shown, seen.normalized(), Set.of())
        .forEach(finding -> breaches.add(Breach.of(finding, number.id(), view, answer.exchange())));
  }

  private void breach(Rule rule, String view, Answer answer, String detail) {
    breaches.add(new Breach(rule, number.id(), view, answer.exchange(), detail));
  }
}
