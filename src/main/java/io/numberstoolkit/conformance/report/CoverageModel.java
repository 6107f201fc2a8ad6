package io.numberstoolkit.conformance.report;

import io.numberstoolkit.conformance.SchemaField;
import io.numberstoolkit.conformance.SchemaFields;
import io.numberstoolkit.conformance.report.CoverageItem.Kind;
import io.numberstoolkit.contract.Operation;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Everything the docs define per operation, which the coverage table checks off. Request bodies
 * and response fields come from the contract's schemas; query parameters, path segments and the
 * format from the docs' transport facts. {@link ExchangeCoverage} names what an exchange exercised alike.
 */
public final class CoverageModel {
  public static final String LINK_HEADER = "Link header";
  public static final String MESSAGE_FILE = "number.message_file";

  private CoverageModel() {}

  public static List<CoverageItem> documented() {
    List<CoverageItem> items = new ArrayList<>();
    for (Operation operation : Operation.values()) {
      for (int status : operation.documentedStatuses()) {
        items.add(new CoverageItem(operation, Kind.STATUS, Integer.toString(status)));
      }
      parameters(operation).forEach(p -> items.add(new CoverageItem(operation, Kind.PARAMETER, p)));
      fields(operation).forEach(f -> items.add(new CoverageItem(operation, Kind.FIELD, f)));
    }
    return items;
  }

  /** The name under which a request's format is recorded as a parameter. */
  public static String format(String extension) {
    return "format ." + extension;
  }

  /** The path segments an operation's URL carries, as the coverage table names them. */
  public static List<String> pathSegments(Operation operation) {
    return switch (operation) {
      case SHOW, UPDATE, DELETE -> List.of("{id}");
      case SEARCH -> List.of("{cid}", "{afid}", "{sid}");
      case LIST, CREATE -> List.of();
    };
  }

  private static Set<String> parameters(Operation operation) {
    Set<String> names = new LinkedHashSet<>();
    names.add(format("json"));
    names.add(format("xml"));
    names.addAll(pathSegments(operation));
    names.add("?api_key");
    names.add("?company_id");
    if (operation == Operation.LIST || operation == Operation.SEARCH) {
      names.add("?page");
    }
    if (operation == Operation.CREATE || operation == Operation.UPDATE) {
      names.add("api_key");
      names.add("company_id");
      String schema = operation == Operation.CREATE ? "create-request" : "update-request";
      for (SchemaField field : SchemaFields.of(schema)) {
        if (!field.path().equals("number")) {
          names.add(field.path());
        }
      }
      names.add(MESSAGE_FILE);
    }
    return names;
  }

  private static Set<String> fields(Operation operation) {
    Set<String> names = new LinkedHashSet<>();
    boolean list = operation == Operation.LIST || operation == Operation.SEARCH;
    for (SchemaField field : SchemaFields.of(list ? "number-list" : "number-envelope")) {
      String name = FieldPaths.normalize(field.path());
      if (!name.isEmpty()) {
        names.add(name);
      }
    }
    if (list) {
      names.add(LINK_HEADER);
    }
    return names;
  }
}
