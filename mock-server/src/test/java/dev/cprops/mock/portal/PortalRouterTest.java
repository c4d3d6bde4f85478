package dev.cprops.mock.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PortalRouterTest {
  private final PortalRouter router =
      new PortalRouter()
          .add("GET", "/customers", PortalRouter.Access.SIGNED_IN, x -> null)
          .add("GET", "/customers/{id}", PortalRouter.Access.SIGNED_IN, x -> null)
          .add("POST", "/customers/{id}", PortalRouter.Access.SIGNED_IN, x -> null);

  @Test
  void matchesLiteralAndDecodedParameterSegments() {
    assertThat(router.find("GET", "/customers")).isPresent();
    assertThat(router.find("GET", "/customers/").orElseThrow().params()).isEmpty();
    assertThat(router.find("GET", "/customers/acct%2042%2Bx").orElseThrow().params())
        .isEqualTo(Map.of("id", "acct 42+x"));
    assertThat(router.find("GET", "/customers/a/b")).isEmpty();
    assertThat(router.find("DELETE", "/customers/a")).isEmpty();
    assertThat(router.pathKnown("/customers/a")).isTrue();
    assertThat(router.pathKnown("/nowhere")).isFalse();
  }
}
