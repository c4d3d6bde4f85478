package dev.cprops.mock.junit;

import dev.cprops.mock.MockServer;
import java.util.Optional;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * The JUnit 5 extension behind {@link MockServerTest}: starts a server before the annotated class's
 * tests, stops it after them, and resolves {@link MockServerInfo} parameters. A {@code @Nested}
 * class uses its enclosing class's server.
 */
public final class MockServerExtension
    implements BeforeAllCallback, AfterAllCallback, ParameterResolver {
  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(MockServerExtension.class);
  private static final String KEY = "server";

  @Override
  public void beforeAll(ExtensionContext context) {
    Optional<MockServerTest> annotation =
        AnnotationSupport.findAnnotation(context.getRequiredTestClass(), MockServerTest.class);
    if (annotation.isEmpty() || context.getStore(NAMESPACE).get(KEY) != null) {
      return;
    }
    MockServer server =
        MockServer.builder()
            .port(0)
            .seed(annotation.get().seed())
            .customers(annotation.get().customers())
            .rateLimit(annotation.get().rateLimit())
            .build()
            .start();
    context.getStore(NAMESPACE).put(KEY, new MockServerInfo(server));
    context.getStore(NAMESPACE).put(KEY + ".owner", context.getUniqueId());
  }

  @Override
  public void afterAll(ExtensionContext context) {
    ExtensionContext.Store store = context.getStore(NAMESPACE);
    if (context.getUniqueId().equals(store.get(KEY + ".owner"))) {
      MockServerInfo info = store.remove(KEY, MockServerInfo.class);
      store.remove(KEY + ".owner");
      if (info != null) {
        info.server().stop();
      }
    }
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == MockServerInfo.class;
  }

  @Override
  public MockServerInfo resolveParameter(ParameterContext parameter, ExtensionContext context) {
    MockServerInfo info = context.getStore(NAMESPACE).get(KEY, MockServerInfo.class);
    if (info == null) {
      throw new ParameterResolutionException(
          "No mock server: annotate the test class with @MockServerTest");
    }
    return info;
  }
}
