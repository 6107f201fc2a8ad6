package io.numberstoolkit.conformance.client;

import io.numberstoolkit.conformance.ActiveTarget;
import io.numberstoolkit.conformance.TargetConfig;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * What one scenario is: its id, and its tags (what it may assert, whether it may change data),
 * which the client obeys. Picocontainer hands the same instance to every class of the glue.
 */
public final class ScenarioContext {
  public static final String DOCUMENTED = "@documented";
  public static final String CONVENTION = "@convention";
  public static final String READONLY = "@readonly";
  public static final String MUTATING = "@mutating";

  private final TargetConfig target = ActiveTarget.current();
  private final String token = HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
  private String id = "outside-a-scenario";
  private String name = "";
  private Collection<String> tags = List.of();
  private int counter;

  /** Notes which scenario is starting, and fails it unless its tags say what it is. */
  public void begin(String id, String name, Collection<String> tags) {
    this.id = id;
    this.name = name;
    this.tags = List.copyOf(tags);
    boolean kind = this.tags.contains(DOCUMENTED) ^ this.tags.contains(CONVENTION);
    boolean effect = this.tags.contains(READONLY) ^ this.tags.contains(MUTATING);
    if (!kind || !effect) {
      throw new AssertionError("scenario '" + name + "' must be tagged with exactly one of "
          + DOCUMENTED + "/" + CONVENTION + " and one of " + READONLY + "/" + MUTATING + "; it has " + this.tags);
    }
  }

  public TargetConfig target() {
    return target;
  }

  public String id() {
    return id;
  }

  public boolean convention() {
    return tags.contains(CONVENTION);
  }

  public boolean readonly() {
    return tags.contains(READONLY);
  }

  /** Fails a step that asserts a simulator convention when the scenario is not tagged so. */
  public void requireConvention(String what) {
    if (!convention()) {
      throw new AssertionError("'" + what + "' is a simulator convention on a point the docs leave"
          + " open: only a " + CONVENTION + " scenario may assert it");
    }
  }

  /** A value nobody else uses, for sub ids and affiliates this scenario invents. */
  public String unique(String prefix) {
    return prefix + "-" + token + "-" + (++counter);
  }

}
