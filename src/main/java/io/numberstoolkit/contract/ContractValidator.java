package io.numberstoolkit.contract;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion.VersionFlag;
import com.networknt.schema.resource.AllowSchemaLoader;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Checks JSON documents against the contract's schemas. The schemas are read from the classpath
 * (schemas/*.schema.json, each $ref resolved against the file it is in) once, never from the
 * network; one instance is shared by every thread.
 */
public final class ContractValidator {

  private static final String SCHEMAS_ON_CLASSPATH = "classpath:schemas/";

  private static final Comparator<Violation> BY_POINTER =
      Comparator.comparing(Violation::pointer, ContractValidator::comparePointers)
          .thenComparing(Violation::rule)
          .thenComparing(Violation::message);

  private final Map<Schema, JsonSchema> schemas = new EnumMap<>(Schema.class);
  private final ObjectMapper mapper =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private ContractValidator() {
    JsonSchemaFactory factory =
        JsonSchemaFactory.getInstance(
            VersionFlag.V202012,
            builder ->
                builder
                    // A $ref that leads off the classpath would be fetched over HTTP: refuse instead.
                    .schemaLoaders(loaders -> loaders.add(new AllowSchemaLoader(
                        iri -> iri.toString().startsWith("classpath:")))));
    SchemaValidatorsConfig config =
        SchemaValidatorsConfig.builder()
            .formatAssertionsEnabled(true)
            .pathType(PathType.JSON_POINTER)
            .errorMessageKeyword("x-errorMessage")
            .locale(Locale.ROOT) // the validator's own wording in English, whatever the JVM's locale
            .build();
    for (Schema schema : Schema.values()) {
      JsonSchema loaded = factory.getSchema(SchemaLocation.of(SCHEMAS_ON_CLASSPATH + schema.fileName()), config);
      loaded.initializeValidators(); // resolve every $ref now, not on the first request
      schemas.put(schema, loaded);
    }
  }

  /** The one validator of this JVM; the first call loads the schemas. */
  public static ContractValidator shared() {
    return Shared.INSTANCE;
  }

  /** The document's violations of the schema, sorted by pointer; empty when it conforms. */
  public List<Violation> validate(Schema schema, JsonNode document) {
    Objects.requireNonNull(schema, "schema");
    Objects.requireNonNull(document, "document");
    return OneOfBranchSelector.select(schemas.get(schema).validate(document)).stream()
        .map(ViolationWording::of)
        .distinct()
        .sorted(BY_POINTER)
        .toList();
  }

  /**
   * Parses the text and validates it.
   *
   * @throws InvalidJsonException when the text is not one JSON value
   */
  public List<Violation> validate(Schema schema, String json) throws InvalidJsonException {
    return validate(schema, parse(json));
  }

  /** Parses one JSON value, saying where it breaks if it is not JSON. */
  public JsonNode parse(String json) throws InvalidJsonException {
    Objects.requireNonNull(json, "json");
    try {
      JsonNode node = mapper.readTree(json);
      if (node == null || node.isMissingNode()) {
        throw new InvalidJsonException("not JSON: the text is empty", null);
      }
      return node;
    } catch (JsonProcessingException e) {
      throw new InvalidJsonException("not JSON: " + describe(e), e);
    }
  }

  private static String describe(JsonProcessingException e) {
    JsonLocation where = e.getLocation();
    String what = e.getOriginalMessage();
    // Jackson's first sentence is the useful part; the rest repeats the source.
    int newline = what.indexOf('\n');
    if (newline >= 0) {
      what = what.substring(0, newline);
    }
    return where == null
        ? what
        : "line " + where.getLineNr() + ", column " + where.getColumnNr() + ": " + what;
  }

  /** Pointers compared token by token, array indexes as numbers: /timers/2 before /timers/10. */
  private static int comparePointers(String left, String right) {
    List<String> a = Arrays.asList(left.split("/", -1));
    List<String> b = Arrays.asList(right.split("/", -1));
    for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
      int byToken = compareTokens(a.get(i), b.get(i));
      if (byToken != 0) {
        return byToken;
      }
    }
    return Integer.compare(a.size(), b.size());
  }

  private static int compareTokens(String a, String b) {
    boolean aIndex = isIndex(a);
    boolean bIndex = isIndex(b);
    if (aIndex && bIndex) {
      return a.length() != b.length() ? Integer.compare(a.length(), b.length()) : a.compareTo(b);
    }
    return a.compareTo(b);
  }

  private static boolean isIndex(String token) {
    return !token.isEmpty() && token.chars().allMatch(Character::isDigit);
  }

  private static final class Shared {
    static final ContractValidator INSTANCE = new ContractValidator();
  }
}
