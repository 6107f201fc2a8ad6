package io.numberstoolkit.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A number to create through the Java API, written as a create request's {@code number}
 * attributes; the simulator checks it by the API's own rules, so one the API would refuse is
 * refused here with the same message ({@link RequestRefusedException}):
 * <pre>{@code
 * SimulatedNumber n = simulator.numbers().create(NewNumber.tollFree("0001", "0001").sid("spring-sale"));
 * }</pre>
 * Any other attribute of the create request goes through {@link #with(String, Object)}.
 */
public final class NewNumber {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final ObjectNode attributes = JSON.createObjectNode();
  private Long company;

  private NewNumber() {}

  /** A Toll-free number for affiliate {@code afid} in campaign {@code cid}. */
  public static NewNumber tollFree(String afid, String cid) {
    return new NewNumber().with("type", "Toll-free").with("afid", afid).with("cid", cid);
  }

  /** A Local number for affiliate {@code afid} in campaign {@code cid}. */
  public static NewNumber local(String afid, String cid) {
    return new NewNumber().with("type", "Local").with("afid", afid).with("cid", cid);
  }

  /** No attribute set yet: for a test that wants the API's refusal of a missing one. */
  public static NewNumber withoutAttributes() {
    return new NewNumber();
  }

  public NewNumber sid(String sid) {
    return with("sid", sid);
  }

  public NewNumber desiredText(String text) {
    return with("desired_text", text);
  }

  public NewNumber country(String country) {
    return with("country", country);
  }

  /** A greeting of its own, read out in {@code voiceGender} ("Male" or "Female"). */
  public NewNumber greeting(String message, String voiceGender) {
    return with("message", message).with("voice_gender", voiceGender);
  }

  /** Any attribute of the create request, such as {@code repeat} or {@code timers_attributes} (a list of maps). */
  public NewNumber with(String attribute, Object value) {
    attributes.set(attribute, JSON.valueToTree(value));
    return this;
  }

  /**
   * The company it belongs to, for a simulator with API keys: one of the companies a configured
   * key may act on. Without it, the first key's company (the one the docs' examples belong to).
   */
  public NewNumber company(long companyId) {
    company = companyId;
    return this;
  }

  Long company() {
    return company;
  }

  /** The create request's body: {@code {"number": {...}}}. */
  String requestBody() {
    ObjectNode body = JSON.createObjectNode();
    body.set("number", attributes.deepCopy());
    return body.toString();
  }

  @Override
  public String toString() {
    return attributes.toString();
  }

  JsonNode attributes() {
    return attributes;
  }
}
