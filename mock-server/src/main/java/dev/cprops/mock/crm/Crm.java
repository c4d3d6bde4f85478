package dev.cprops.mock.crm;

import com.github.tomakehurst.wiremock.extension.Extension;
import dev.cprops.mock.api.ApiResponse;
import dev.cprops.mock.persistence.DurablePart;
import dev.cprops.mock.seed.Seed;
import java.util.List;
import java.util.Objects;

/**
 * A minimal HubSpot-style CRM served beside the customer-properties API, so sample recipes have a
 * CRM to sync with: companies under {@value #BASE_PATH}{@code /objects/companies} (list, search,
 * get, update, batch update), authenticated with {@code Authorization: Bearer <access token>}. The
 * demo seed holds one company per demo customer (same {@code customer_key}, name and domain), with
 * values as messy as CRM data is ({@link DemoCompanies}). The routes are described by the OpenAPI
 * document {@code openapi/crm.yaml}, served at {@code /crm/v3/openapi.yaml} ({@link CrmOpenApi}).
 * With a data directory, company updates are durable like the API's writes, in the same directory.
 *
 * <p>Thread-safe.
 */
public final class Crm {
  /** The CRM's path under the server's root. */
  public static final String BASE_PATH = "/crm/v3";

  private final CrmStore store = new CrmStore();
  private final String accessToken;
  private final CrmTransformer transformer;
  private final CrmStub stub = new CrmStub();

  /**
   * @param accessToken the bearer token requests must carry
   */
  public Crm(String accessToken) {
    this.accessToken = Objects.requireNonNull(accessToken, "accessToken");
    this.transformer = new CrmTransformer(new CrmRoutes(store), accessToken);
  }

  /** The extensions to register with WireMock. */
  public List<Extension> extensions() {
    return List.of(transformer, stub);
  }

  /** The companies. */
  public CrmStore store() {
    return store;
  }

  /** The companies as a part of a data directory's state ({@code persistence.DurableState}). */
  public DurablePart durablePart() {
    return new CrmPart(store);
  }

  /**
   * Whether a request to {@code path} may go on to the routes: the OpenAPI document needs no token,
   * the rest the access token. Paths outside the CRM are not the CRM's to judge.
   */
  public boolean admits(String path, String authorization) {
    return !path.startsWith(BASE_PATH + "/")
        || path.equals(CrmOpenApi.PATH)
        || transformer.authorizes(authorization);
  }

  /**
   * An error in the CRM's (HubSpot's) shape, for answers given before a request reaches the CRM's
   * routes (a body too large, a request too slow).
   */
  public static ApiResponse error(int status, String message) {
    String category =
        switch (status) {
          case 401 -> "INVALID_AUTHENTICATION";
          case 404 -> "OBJECT_NOT_FOUND";
          case 405 -> "METHOD_NOT_ALLOWED";
          case 429 -> "RATE_LIMITS";
          default -> status >= 500 ? "INTERNAL_ERROR" : "VALIDATION_ERROR";
        };
    return CrmTransformer.error(status, category, message);
  }

  /** The bearer token requests must carry. */
  public String accessToken() {
    return accessToken;
  }

  /**
   * Replaces the companies: for {@link Seed#DEMO}, the companies of the first {@code customers}
   * demo customers plus {@link DemoCompanies#PROSPECTS} companies without a customer yet; for
   * {@link Seed#EMPTY}, none.
   */
  public void seed(Seed seed, int customers) {
    if (seed == Seed.EMPTY) {
      store.clear();
      return;
    }
    DemoCompanies companies = DemoCompanies.generate(customers);
    long step = 60_000;
    long start = System.currentTimeMillis() - step * (companies.api().size() + 1L);
    store.replaceAll(companies.api(), start, step);
  }
}
