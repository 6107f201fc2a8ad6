package io.numberstoolkit.simulator.http;

import com.github.tomakehurst.wiremock.core.Options;
import com.github.tomakehurst.wiremock.http.client.ApacheHttpClientFactory;
import com.github.tomakehurst.wiremock.http.client.HttpClient;
import com.github.tomakehurst.wiremock.http.client.HttpClientFactory;
import com.github.tomakehurst.wiremock.http.client.LazyHttpClient;
import java.util.List;

/**
 * WireMock builds its two proxying HTTP clients (Apache HttpClient 5) when it starts, which cost
 * the simulator a fifth of its start-up although it never proxies. Here they are built on first
 * use instead, with WireMock's own factory, so nothing changes for a stub that does proxy.
 */
final class LazyProxyClients implements HttpClientFactory {
  @Override
  public HttpClient buildHttpClient(
      Options options, boolean trustAllCertificates, List<String> trustedHosts, boolean useSystemProperties) {
    return new LazyHttpClient(() -> new ApacheHttpClientFactory()
        .buildHttpClient(options, trustAllCertificates, trustedHosts, useSystemProperties));
  }
}
