package io.numberstoolkit.simulator.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.numberstoolkit.contract.ContractValidator;
import io.numberstoolkit.contract.Schema;
import io.numberstoolkit.contract.Violation;
import io.numberstoolkit.simulator.store.SpaceState;
import io.numberstoolkit.simulator.store.SpaceStateRules;
import io.numberstoolkit.simulator.wire.StateJson;
import java.util.ArrayList;
import java.util.List;

/**
 * A state offered to {@code PUT /__admin/numbers/state}, checked as a whole before it replaces
 * anything: each number against the number schema and what the API itself refuses (text XML
 * cannot carry, integers too big to store), each item's company, then the state's own rules
 * ({@link SpaceStateRules}: unique ids and phone numbers, ids in range). One 422 names the problems.
 */
public final class StateImportCheck {
  private StateImportCheck() {}

  /**
   * The same check for a state file read at start ({@code simulate --state FILE}).
   *
   * @throws IllegalArgumentException naming the problems, as the admin import's 4xx would
   */
  public static SpaceState stateFile(JsonNode root) {
    try {
      return state(root);
    } catch (ApiException refused) {
      StringBuilder problems = new StringBuilder(refused.getMessage());
      refused.violations.stream().skip(1).limit(9).forEach(v -> problems.append("; ").append(v));
      throw new IllegalArgumentException(problems.toString());
    }
  }

  static SpaceState state(JsonNode root) throws ApiException {
    if (root == null || !root.path("numbers").isArray()) {
      throw new ApiException(400, "the state needs a \"numbers\" array, as exported by GET /__admin/numbers/state");
    }
    List<Violation> violations = new ArrayList<>();
    JsonNode numbers = root.get("numbers");
    for (int i = 0; i < numbers.size(); i++) {
      item(numbers.get(i), "/numbers/" + i, violations);
    }
    for (JsonNode sequence : root.path("sequences")) {
      if (!sequence.isIntegralNumber()) {
        violations.add(new Violation("/sequences", "type", "the sequences are whole numbers, as exported"));
        break;
      }
    }
    if (violations.isEmpty()) {
      SpaceState state = StateJson.fromJson(root);
      violations.addAll(SpaceStateRules.problems(state));
      if (violations.isEmpty()) {
        return state;
      }
    }
    throw ApiException.invalid(violations);
  }

  private static void item(JsonNode item, String at, List<Violation> violations) {
    if (!item.isObject()) {
      violations.add(new Violation(at, "type", "must be {\"company_id\": N, \"number\": {...}}, as exported"));
      return;
    }
    // Required, as every export writes it: the default company would be a guess across tenants.
    JsonNode company = item.path("company_id");
    if (!company.isIntegralNumber() || !company.canConvertToLong()) {
      violations.add(new Violation(at + "/company_id", "required", "the company the number belongs to, a whole number"));
    }
    JsonNode number = item.path("number");
    for (Violation v : ContractValidator.shared().validate(Schema.NUMBER, number)) {
      violations.add(new Violation(at + "/number" + v.pointer(), v.rule(), v.message()));
    }
    WriteRequestCheck.beyondTheSchema(number, at + "/number", violations);
  }
}
