package io.numberstoolkit.contract;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The contract's JSON Schemas for whole documents: each is schemas/NAME.schema.json. The other files
 * in schemas/ are the parts these refer to by relative file name; no schema has an $id, so a
 * reference resolves against the file it is written in, wherever the folder lies.
 */
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

  /** The schema with this {@link #cliName()}, ignoring case. */
  public static Optional<Schema> byName(String name) {
    if (name == null) {
      return Optional.empty();
    }
    String wanted = name.trim().toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(schema -> schema.cliName.equals(wanted)).findFirst();
  }
}
