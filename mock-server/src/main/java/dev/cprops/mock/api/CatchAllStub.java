package dev.cprops.mock.api;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import java.util.UUID;

/**
 * Keeps the stub that routes every request to the API installed: a stub for any method and URL at a
 * low priority ({@value #PRIORITY}; WireMock's default is 5, lower numbers win), so stubs users add
 * through {@code /__admin/mappings} take precedence and can script faults per route. Removing the
 * stub by its id ({@link #ID}) turns the API off until the next reset.
 */
final class CatchAllStub extends PinnedStub {
  static final UUID ID = UUID.fromString("c9a0b5e2-6d1f-4c1a-9f3e-2a7d4b8e0c01");
  static final int PRIORITY = 100;

  @Override
  public String getName() {
    return "customer-properties-catch-all";
  }

  @Override
  protected StubMapping stub() {
    return WireMock.any(WireMock.anyUrl())
        .withId(ID)
        .withName("customer-properties API (stateful)")
        .atPriority(PRIORITY)
        .persistent(false)
        .willReturn(WireMock.aResponse().withTransformers(ApiTransformer.NAME))
        .build();
  }
}
