package io.numberstoolkit.simulator.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.numberstoolkit.simulator.store.NumberRecord;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Who a request acts for. Off when no keys are configured: everyone acts on one default company.
 * On with {@code --api-key KEY[:COMPANY[,COMPANY…]]}: the key (query parameter or root node) must
 * be known (401), and a {@code company_id} must be one the key may act on (403); without one the
 * key's first company is used.
 */
final class Tenancy {
  static final String KEY_PARAMETER = "api_key";
  private static final Pattern COMPANY_ID = Pattern.compile("[0-9]{1,18}");
  private final Map<String, List<Long>> companiesByKey;

  Tenancy(Map<String, List<Long>> companiesByKey) {
    this.companiesByKey = Map.copyOf(companiesByKey);
  }

  private boolean enabled() {
    return !companiesByKey.isEmpty();
  }

  /** The company a request acts for, from its {@code api_key} and {@code company_id}. */
  long companyFor(ApiRequest request, RequestBody body) throws ApiException {
    return companyFor(parameter(request, body, KEY_PARAMETER), parameter(request, body, "company_id"));
  }

  long companyFor(String apiKey, String companyId) throws ApiException {
    if (!enabled()) {
      return NumberRecord.DEFAULT_COMPANY;
    }
    if (apiKey == null || apiKey.isEmpty()) {
      throw new ApiException(401, "an API key is required: pass api_key as a query parameter or root node");
    }
    List<Long> companies = companiesByKey.get(apiKey);
    if (companies == null) {
      throw new ApiException(401, "the API key is not valid");
    }
    if (companyId == null || companyId.isEmpty()) {
      return companies.get(0);
    }
    if (COMPANY_ID.matcher(companyId).matches() && companies.contains(Long.parseLong(companyId))) {
      return Long.parseLong(companyId);
    }
    throw new ApiException(403, "this API key may not act on company " + companyId);
  }

  /** A parameter from the query string or, failing that, the body's root node. */
  private static String parameter(ApiRequest request, RequestBody body, String name) {
    String query = request.queryValue(name);
    if (query != null) {
      return query;
    }
    JsonNode node = body.root().get(name);
    return node == null || node.isNull() || node.isContainerNode() ? null : node.asText();
  }
}
