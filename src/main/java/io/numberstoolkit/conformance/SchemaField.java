package io.numberstoolkit.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Set;

/**
 * One property a schema defines, found by {@link SchemaFields}.
 *
 * @param path dotted, with {@code []} for array items: {@code number.timers_attributes[].seconds}
 * @param required whether its parent object requires it (never for a property inside one of
 *     several alternatives, where "required" depends on which alternative is meant)
 * @param types its JSON types ({@code string}, {@code integer}, ...), empty when unconstrained
 * @param allowed its enumerated values, empty when any value of its types is allowed
 */
public record SchemaField(String path, boolean required, Set<String> types, List<JsonNode> allowed) {
  public SchemaField {
    types = Set.copyOf(types);
    allowed = List.copyOf(allowed);
  }

  /** The field's own name, the last segment of its path. */
  public String name() {
    String bare = path.endsWith("[]") ? path.substring(0, path.length() - 2) : path;
    return bare.substring(bare.lastIndexOf('.') + 1);
  }

  public boolean typed() {
    return !types.isEmpty();
  }

  public boolean enumerated() {
    return !allowed.isEmpty();
  }
}
