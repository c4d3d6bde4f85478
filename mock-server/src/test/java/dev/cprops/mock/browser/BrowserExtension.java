package dev.cprops.mock.browser;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Hands a test class one {@link Browser}, started on first use and closed after the class's last
 * test (browsers are slow to start). Put the class in a failsafe {@code *IT} test:
 *
 * <pre>{@code
 * @ExtendWith(BrowserExtension.class)
 * class StudioBrowserIT {
 *   @Test
 *   void opens(Browser browser) { browser.open("http://127.0.0.1:" + port + "/"); }
 * }
 * }</pre>
 *
 * <p>Other modules get it from mock-server's test-jar ({@code <type>test-jar</type>}, scope test).
 */
public final class BrowserExtension implements ParameterResolver {
  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(BrowserExtension.class);

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == Browser.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    ExtensionContext classContext = classContext(context);
    return classContext
        .getStore(NAMESPACE)
        .getOrComputeIfAbsent(Browser.class, key -> Browser.start(), Browser.class);
  }

  private static ExtensionContext classContext(ExtensionContext context) {
    ExtensionContext current = context;
    while (current.getTestMethod().isPresent()) {
      current = current.getParent().orElseThrow();
    }
    return current;
  }
}
