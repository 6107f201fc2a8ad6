package io.numberstoolkit.simulator.http;

import com.github.tomakehurst.wiremock.http.Body;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.HttpHeaders;
import com.github.tomakehurst.wiremock.http.Request;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** One part of a multipart/form-data body, as the server hands it to WireMock. */
record FormPart(String name, HttpHeaders headers, byte[] bytes) implements Request.Part {
  static FormPart field(String name, String value) {
    return new FormPart(name, new HttpHeaders(
        new HttpHeader("Content-Disposition", "form-data; name=\"" + name + "\"")),
        value.getBytes(StandardCharsets.UTF_8));
  }

  static FormPart file(String name, String fileName, String contentType, byte[] bytes) {
    List<HttpHeader> headers = new ArrayList<>();
    headers.add(new HttpHeader("Content-Disposition", "form-data; name=\"" + name + "\""
        + (fileName == null ? "" : "; filename=\"" + fileName + "\"")));
    if (contentType != null) {
      headers.add(new HttpHeader("Content-Type", contentType));
    }
    return new FormPart(name, new HttpHeaders(headers), bytes);
  }

  @Override
  public String getName() {
    return name;
  }

  @Override
  public String getFileName() {
    return null;
  }

  @Override
  public HttpHeader getHeader(String header) {
    return headers.getHeader(header);
  }

  @Override
  public HttpHeaders getHeaders() {
    return headers;
  }

  @Override
  public Body getBody() {
    return new Body(bytes);
  }
}
