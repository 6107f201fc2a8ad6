package io.numberstoolkit.conformance.report;

import io.numberstoolkit.conformance.DocumentedStatuses;
import io.numberstoolkit.conformance.Operation;
import io.numberstoolkit.conformance.SchemaField;
import io.numberstoolkit.conformance.SchemaFields;
import io.numberstoolkit.conformance.report.CoverageItem.Kind;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Everything the docs define per operation, which the coverage table checks off. Request bodies
 * and response fields come from the contract's schemas; query parameters, path segments and the
 * format from the docs' transport facts. The names match what {@code ApiClient} records.
 */
public final class CoverageModel {
  public static final String LINK_HEADER = "Link header";
  public static final String MESSAGE_FILE = "number.message_file";

  private CoverageModel() {}

  public static List<CoverageItem> documented() {
    List<CoverageItem> items = new ArrayList<>();
    for (Operation operation : Operation.DOCUMENTED) {
      for (int status : DocumentedStatuses.all(operation)) {
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

  private static Set<String> parameters(Operation operation) {
    Set<String> names = new LinkedHashSet<>();
    names.add(format("json"));
    names.add(format("xml"));
    switch (operation) {
      case SHOW, UPDATE, DELETE -> names.add("{id}");
      case SEARCH -> names.addAll(List.of("{cid}", "{afid}", "{sid}"));
      default -> { }
    }
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
      String name = io.numberstoolkit.conformance.report.FieldPaths.normalize(field.path());
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
