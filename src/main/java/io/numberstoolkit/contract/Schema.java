package io.numberstoolkit.contract;

import java.net.URI;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The contract's JSON Schemas: each is schemas/NAME.schema.json, identified by its $id. */
public enum Schema {
  NUMBER("number"),
  NUMBER_ENVELOPE("number-envelope"),
  NUMBER_LIST("number-list"),
  GREETING("greeting"),
  TIMER("timer"),
  MENU_OPTION("menu-option"),
  CREATE_REQUEST("create-request"),
  UPDATE_REQUEST("update-request"),
  ERROR("error");

  /** Every schema's $id starts with this; the rest is its file name. */
  public static final String ID_PREFIX = "https://numbers-toolkit.dev/schemas/";

  private final String cliName;

  Schema(String cliName) {
    this.cliName = cliName;
  }

  /** The name users type, e.g. {@code create-request}. */
  public String cliName() {
    return cliName;
  }

  /** The file in schemas/ (and on the classpath under schemas/), e.g. {@code create-request.schema.json}. */
  public String fileName() {
    return cliName + ".schema.json";
  }

  /** The schema's $id. */
  public URI id() {
    return URI.create(ID_PREFIX + fileName());
  }

  /** The schema with this {@link #cliName()}, ignoring case. */
  public static Optional<Schema> byName(String name) {
    if (name == null) {
      return Optional.empty();
    }
    String wanted = name.trim().toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(schema -> schema.cliName.equals(wanted)).findFirst();
  }
}
