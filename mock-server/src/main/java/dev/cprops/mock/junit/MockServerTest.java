package dev.cprops.mock.junit;

import dev.cprops.mock.ratelimit.FixedWindowRateLimiter;
import dev.cprops.mock.seed.Seed;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Starts one mock server on a random port for the annotated test class (and its {@code @Nested}
 * classes), stopped after the class's last test. Tests receive a {@link MockServerInfo} as a
 * parameter of test methods, lifecycle methods or the constructor:
 *
 * <pre>{@code
 * @MockServerTest(customers = 50)
 * class MyTest {
 *   @Test
 *   void listsCustomers(MockServerInfo server) {
 *     // server.baseUrl(), server.publicKey(), server.secretKey(), server.partnerKeys()
 *   }
 * }
 * }</pre>
 *
 * The state is shared by the class's tests: call {@link MockServerInfo#reseed()} (for example in
 * {@code @BeforeEach}) for a fresh copy of the seed data, or {@link MockServerInfo#reset()} for an
 * empty store.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(MockServerExtension.class)
public @interface MockServerTest {
  /** What the server holds at start and after {@link MockServerInfo#reseed()}. */
  Seed seed() default Seed.DEMO;

  /** How many demo customers to seed. */
  int customers() default 300;

  /** Requests per minute per credential; 0 turns rate limiting off. */
  int rateLimit() default FixedWindowRateLimiter.DEFAULT_LIMIT;
}
