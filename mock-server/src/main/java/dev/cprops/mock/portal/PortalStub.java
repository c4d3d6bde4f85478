package dev.cprops.mock.portal;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import dev.cprops.mock.api.PinnedStub;
import java.util.UUID;

/**
 * Keeps the stub that routes the portal's paths ({@link #PATHS}) to the portal installed, at
 * priority {@value #PRIORITY}: before the API's catch-all stub, after the stubs users add through
 * {@code /__admin/mappings}.
 */
final class PortalStub extends PinnedStub {
  static final UUID ID = UUID.fromString("0b7d3e59-2c4a-4f8e-9d61-5a3c7e2f9b40");
  static final int PRIORITY = 98;

  /** The portal's paths: the root and its pages' top-level folders; nothing under /api or /crm. */
  static final String PATHS = "/|/(sign-in|sign-out|customers|settings|developer|assets)(/.*)?";

  @Override
  public String getName() {
    return "customer-properties-portal-stub";
  }

  @Override
  protected StubMapping stub() {
    return WireMock.any(WireMock.urlPathMatching(PATHS))
        .withId(ID)
        .withName("customer-properties portal (web pages)")
        .atPriority(PRIORITY)
        .persistent(false)
        .willReturn(WireMock.aResponse().withTransformers(PortalTransformer.NAME))
        .build();
  }
}
