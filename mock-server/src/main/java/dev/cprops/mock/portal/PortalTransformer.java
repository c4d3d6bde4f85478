package dev.cprops.mock.portal;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.util.List;
import java.util.Map;

/** Answers the portal's stub: WireMock's request to a {@link PortalRequest} and back. */
final class PortalTransformer implements ResponseDefinitionTransformerV2 {
  static final String NAME = "customer-properties-portal";

  private final PortalDispatcher dispatcher;

  PortalTransformer(PortalDispatcher dispatcher) {
    this.dispatcher = dispatcher;
  }

  @Override
  public String getName() {
    return NAME;
  }

  @Override
  public boolean applyGlobally() {
    return false;
  }

  @Override
  public ResponseDefinition transform(ServeEvent serveEvent) {
    Request request = serveEvent.getRequest();
    HttpHeader contentType = request.header("Content-Type");
    PortalResponse response =
        dispatcher.handle(
            PortalRequest.of(
                request.getMethod().getName(),
                request.getUrl(),
                contentType.isPresent() ? contentType.firstValue() : null,
                request.getBody(),
                name -> {
                  HttpHeader header = request.header(name);
                  return header.isPresent() ? header.firstValue() : null;
                }));
    ResponseDefinitionBuilder builder =
        ResponseDefinitionBuilder.responseDefinition().withStatus(response.status());
    for (Map.Entry<String, List<String>> header : response.headers().entrySet()) {
      builder.withHeader(header.getKey(), header.getValue().toArray(String[]::new));
    }
    return builder.withBody(response.body()).build();
  }
}
