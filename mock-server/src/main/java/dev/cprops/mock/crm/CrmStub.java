package dev.cprops.mock.crm;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.extension.MappingsLoaderExtension;
import com.github.tomakehurst.wiremock.extension.StubLifecycleListener;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import com.github.tomakehurst.wiremock.stubbing.StubMappings;
import java.util.UUID;

/**
 * Keeps the stub that routes {@code /crm/...} to the CRM installed, at priority {@value #PRIORITY}:
 * before the customer-properties API's catch-all stub, after the stubs users add through {@code
 * /__admin/mappings} (WireMock's default 5). Installed at start-up and again after every reset of
 * the stubs, as the API's own stub is.
 */
final class CrmStub implements MappingsLoaderExtension, StubLifecycleListener {
  static final UUID ID = UUID.fromString("5f0c2d7a-3b8e-4e61-a2c4-9d1e6b7f0a12");
  static final int PRIORITY = 99;

  private volatile StubMappings stubMappings;

  @Override
  public String getName() {
    return "crm-stub";
  }

  @Override
  public void loadMappingsInto(StubMappings stubMappings) {
    this.stubMappings = stubMappings;
    installIfAbsent();
  }

  @Override
  public void afterStubsReset() {
    installIfAbsent();
  }

  private synchronized void installIfAbsent() {
    StubMappings mappings = stubMappings;
    if (mappings != null && mappings.get(ID).isEmpty()) {
      mappings.addMapping(stub());
    }
  }

  private static StubMapping stub() {
    return WireMock.any(WireMock.urlPathMatching(Crm.BASE_PATH + "/.*"))
        .withId(ID)
        .withName("CRM companies API (stateful)")
        .atPriority(PRIORITY)
        .persistent(false)
        .willReturn(WireMock.aResponse().withTransformers(CrmTransformer.NAME))
        .build();
  }
}
