package io.numberstoolkit.conformance.client;

import io.cucumber.java.Scenario;
import io.numberstoolkit.conformance.ActiveTarget;
import io.numberstoolkit.conformance.TargetConfig;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * What one scenario is (its id, and its tags: what it may assert, whether it may change data) and
 * what it leaves to clean up. Picocontainer hands the same instance to every class of the glue.
 */
public final class ScenarioContext {
  public static final String DOCUMENTED = "@documented";
  public static final String CONVENTION = "@convention";
  public static final String READONLY = "@readonly";
  public static final String MUTATING = "@mutating";

  private final TargetConfig target = ActiveTarget.current();
  private final String token = HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
  private final Set<Long> created = new LinkedHashSet<>();
  private String id = "outside-a-scenario";
  private String name = "";
  private Collection<String> tags = List.of();
  private int counter;

  public void begin(Scenario scenario) {
    id = scenario.getId();
    name = scenario.getName();
    tags = List.copyOf(scenario.getSourceTagNames());
    boolean kind = tags.contains(DOCUMENTED) ^ tags.contains(CONVENTION);
    boolean effect = tags.contains(READONLY) ^ tags.contains(MUTATING);
    if (!kind || !effect) {
      throw new AssertionError("scenario '" + name + "' must be tagged with exactly one of "
          + DOCUMENTED + "/" + CONVENTION + " and one of " + READONLY + "/" + MUTATING + "; it has " + tags);
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

  /** Notes a number this scenario created, to be deleted after it whatever happens. */
  public void created(long numberId) {
    created.add(numberId);
  }

  public void deleted(long numberId) {
    created.remove(numberId);
  }

  public List<Long> toCleanUp() {
    return new ArrayList<>(created);
  }
}
