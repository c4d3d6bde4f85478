package dev.cprops.mock.crm;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import dev.cprops.mock.api.PinnedStub;
import java.util.UUID;

/**
 * Keeps the stub that routes {@code /crm/...} to the CRM installed, at priority {@value #PRIORITY}:
 * before the customer-properties API's catch-all stub, after the stubs users add through {@code
 * /__admin/mappings} (WireMock's default 5).
 */
final class CrmStub extends PinnedStub {
  static final UUID ID = UUID.fromString("5f0c2d7a-3b8e-4e61-a2c4-9d1e6b7f0a12");
  static final int PRIORITY = 99;

  @Override
  public String getName() {
    return "crm-stub";
  }

  @Override
  protected StubMapping stub() {
    return WireMock.any(WireMock.urlPathMatching(Crm.BASE_PATH + "/.*"))
        .withId(ID)
        .withName("CRM companies API (stateful)")
        .atPriority(PRIORITY)
        .persistent(false)
        .willReturn(WireMock.aResponse().withTransformers(CrmTransformer.NAME))
        .build();
  }
}
