package dev.cprops.mock.api;

import com.github.tomakehurst.wiremock.extension.MappingsLoaderExtension;
import com.github.tomakehurst.wiremock.extension.StubLifecycleListener;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import com.github.tomakehurst.wiremock.stubbing.StubMappings;

/**
 * A stub that stays installed: WireMock loads default mappings at start-up and on {@code
 * /__admin/reset} and {@code /__admin/mappings/reset}, so this installs the stub then (as a {@link
 * MappingsLoaderExtension}); {@code DELETE /__admin/mappings} clears stubs without reloading them,
 * so it re-installs the stub after every reset (as a {@link StubLifecycleListener}). Removing the
 * stub by its id turns its routes off until the next reset.
 */
public abstract class PinnedStub implements MappingsLoaderExtension, StubLifecycleListener {
  private volatile StubMappings stubMappings;

  /** The stub to keep installed; its id says whether it already is. */
  protected abstract StubMapping stub();

  @Override
  public final void loadMappingsInto(StubMappings stubMappings) {
    this.stubMappings = stubMappings;
    installIfAbsent();
  }

  @Override
  public final void afterStubsReset() {
    installIfAbsent();
  }

  private synchronized void installIfAbsent() {
    StubMappings mappings = stubMappings;
    StubMapping stub = stub();
    if (mappings != null && mappings.get(stub.getId()).isEmpty()) {
      mappings.addMapping(stub);
    }
  }
}
