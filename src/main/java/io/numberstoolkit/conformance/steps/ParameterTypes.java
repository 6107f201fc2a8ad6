package io.numberstoolkit.conformance.steps;

import io.cucumber.java.ParameterType;
import java.util.Locale;

/** The business words of the features that stand for configured values. */
public final class ParameterTypes {
  private final Numbers numbers;

  public ParameterTypes(Numbers numbers) {
    this.numbers = numbers;
  }

  /** "the first campaign" and "the second campaign": the campaigns named with --cid. */
  @ParameterType("the first campaign|the second campaign")
  public String campaign(String words) {
    return numbers.campaignNamed(words);
  }

  /** How a negative check breaks a field; see {@link Breakages}. */
  @ParameterType("is missing|is not one of its values|is not an? [a-z]+")
  public String breakage(String words) {
    return words;
  }

  /** A format as the features name it: JSON, XML, or any other extension. */
  @ParameterType("JSON|XML|[a-z]+")
  public String format(String words) {
    return words.toLowerCase(Locale.ROOT);
  }
}
