package dev.cprops.mock.api;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Answers the catch-all stub: turns WireMock's request into an {@link ApiRequest}, runs it through
 * the {@link RequestPipeline} and turns the {@link ApiResponse} back. Not applied globally: stubs
 * users add through {@code /__admin/mappings} are served as they wrote them.
 */
final class ApiTransformer implements ResponseDefinitionTransformerV2 {
  static final String NAME = "customer-properties-api";

  private final RequestPipeline pipeline;
  private final AtomicLong requestsServed;

  ApiTransformer(RequestPipeline pipeline, AtomicLong requestsServed) {
    this.pipeline = pipeline;
    this.requestsServed = requestsServed;
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
    requestsServed.incrementAndGet();
    ApiResponse response = pipeline.handle(toApiRequest(serveEvent.getRequest()));
    if (response.connectionReset()) {
      return ResponseDefinitionBuilder.responseDefinition()
          .withFault(Fault.CONNECTION_RESET_BY_PEER)
          .build();
    }
    ResponseDefinitionBuilder builder =
        ResponseDefinitionBuilder.responseDefinition().withStatus(response.status());
    for (Map.Entry<String, String> header : response.headers().entrySet()) {
      builder.withHeader(header.getKey(), header.getValue());
    }
    return builder.withBody(response.body()).build();
  }

  private static ApiRequest toApiRequest(Request request) {
    String url = request.getUrl();
    int question = url.indexOf('?');
    String path = question < 0 ? url : url.substring(0, question);
    String query = question < 0 ? null : url.substring(question + 1);
    return new ApiRequest(
        request.getMethod().getName(),
        path,
        query,
        name -> {
          HttpHeader header = request.header(name);
          return header.isPresent() ? header.firstValue() : null;
        },
        request.getBody(),
        null,
        request.getClientIp());
  }
}
