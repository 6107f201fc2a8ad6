package io.numberstoolkit.conformance.client;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.numberstoolkit.contract.Operation;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One request to send, described in the API's terms: which operation, in which format, with what
 * body and credentials. {@link ApiClient} turns it into HTTP.
 *
 * @param operation the endpoint the request is meant for; empty for a request off the six endpoints
 * @param path the path below the base URL, without the format: {@code /numbers/5}
 * @param format the extension: json, xml, or another one a scenario means to be refused
 * @param url an absolute URL to use as is (a Link header's), instead of path, format and query
 */
public record Call(
    Optional<Operation> operation,
    String method,
    String path,
    String format,
    Map<String, String> query,
    Body body,
    Credentials credentials,
    String url) {

  /** How the request identifies itself. */
  public enum Credentials {
    /** The configured API key (and company id, if configured) as query parameters. */
    CONFIGURED,
    /** The same, as nodes at the root of the JSON body. */
    IN_BODY,
    NONE,
    WRONG_KEY,
    /** The configured key with a company id it may not act on. */
    FOREIGN_COMPANY,
    /** The other tenant's key and company (--other-api-key, --other-company-id). */
    OTHER_TENANT;

    /** Whose numbers a request with these credentials creates: the other tenant's, or ours. */
    public Credentials tenant() {
      return this == OTHER_TENANT ? OTHER_TENANT : CONFIGURED;
    }
  }

  /** A request body. */
  public sealed interface Body {}

  public record JsonBody(ObjectNode json) implements Body {}

  /** Text sent as is, such as a body that is not JSON at all. */
  public record RawBody(String contentType, String text) implements Body {}

  /** A multipart/form-data body: Rails-style field names, and at most one file. */
  public record MultipartBody(Map<String, String> fields, FilePart file) implements Body {}

  public record FilePart(String field, String fileName, String contentType, byte[] content) {}

  public static Call list() {
    return new Call(Optional.of(Operation.LIST), "GET", "/numbers", "json", Map.of(), null, Credentials.CONFIGURED, null);
  }

  public static Call show(long id) {
    return new Call(Optional.of(Operation.SHOW), "GET", "/numbers/" + id, "json", Map.of(), null, Credentials.CONFIGURED, null);
  }

  public static Call search(String cid, String afid, String sid) {
    String path = "/numbers/for/cid/" + segment(cid) + "/afid/" + segment(afid) + "/sid/" + segment(sid);
    return new Call(Optional.of(Operation.SEARCH), "GET", path, "json", Map.of(), null, Credentials.CONFIGURED, null);
  }

  public static Call create(Body body) {
    return new Call(Optional.of(Operation.CREATE), "POST", "/numbers", "json", Map.of(), body, Credentials.CONFIGURED, null);
  }

  public static Call update(long id, Body body) {
    return new Call(Optional.of(Operation.UPDATE), "PUT", "/numbers/" + id, "json", Map.of(), body, Credentials.CONFIGURED, null);
  }

  public static Call delete(long id) {
    return new Call(Optional.of(Operation.DELETE), "DELETE", "/numbers/" + id, "json", Map.of(), null, Credentials.CONFIGURED, null);
  }

  /** A request off the six endpoints: a method or path the API does not serve. */
  public static Call other(String method, String path) {
    return new Call(Optional.empty(), method, path, "json", Map.of(), null, Credentials.CONFIGURED, null);
  }

  /** A GET of an absolute URL the target handed out (a Link header's), sent exactly as given. */
  public static Call follow(Optional<Operation> operation, String absoluteUrl) {
    return new Call(operation, "GET", null, formatOf(absoluteUrl), Map.of(), null, Credentials.NONE, absoluteUrl);
  }

  /** The same request sent with another method, such as one its path does not serve. */
  public Call sentWith(String otherMethod) {
    return new Call(operation, otherMethod, path, format, query, body, credentials, url);
  }

  public Call as(String extension) {
    return new Call(operation, method, path, extension, query, body, credentials, url);
  }

  public Call page(int page) {
    Map<String, String> withPage = new LinkedHashMap<>(query);
    withPage.put("page", Integer.toString(page));
    return new Call(operation, method, path, format, withPage, body, credentials, url);
  }

  public Call with(Credentials how) {
    return new Call(operation, method, path, format, query, body, how, url);
  }

  public static String segment(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }

  /** The extension a URL asks for: {@code json} in {@code /numbers/5.json?page=2}, or "". */
  static String formatOf(String absoluteUrl) {
    String path = absoluteUrl.replaceFirst("[?#].*$", "");
    int dot = path.lastIndexOf('.');
    return dot < 0 || dot < path.lastIndexOf('/') ? "" : path.substring(dot + 1);
  }
}
