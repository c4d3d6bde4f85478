package dev.cprops.mock.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cprops.mock.store.CustomerPropertiesStore;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CallerIdentifierTest {
  private final CustomerPropertiesStore store = new CustomerPropertiesStore();
  private final CallerIdentifier identifier =
      new CallerIdentifier(new VendorCredentials("pk_live", "sk_s3cret:with colon"), store);

  @Test
  void theVendorKeys_identifyTheVendor_howeverTheHeaderIsSpelled() {
    String encoded = base64("pk_live:sk_s3cret:with colon");

    assertThat(identify("/api/v2/customers", "Basic " + encoded)).contains(Caller.VENDOR);
    assertThat(identify("/api/v2/customers", "basic " + encoded)).contains(Caller.VENDOR);
    assertThat(identify("/api/v2/customers", "BASIC   " + encoded + "  ")).contains(Caller.VENDOR);
  }

  @Test
  void otherCredentials_identifyNobody() {
    for (String authorization :
        new String[] {
          null,
          "",
          "Basic",
          "Basic ",
          "Basic !!!",
          "Basic " + base64("pk_live"),
          "Basic " + base64("pk_live:sk_s3cret"),
          "Basic " + base64("pk_live:sk_s3cret:with colon "),
          "Basic " + base64("pk_other:sk_s3cret:with colon"),
          "Bearer " + base64("pk_live:sk_s3cret:with colon"),
          "Basic " + base64("pk_live:sk_s3cret:with colon") + "x"
        }) {
      assertThat(identify("/api/v2/customers", authorization)).as(authorization).isEmpty();
    }
  }

  @Test
  void partnerRoutes_needThePartnersBearerKey() {
    store.createPartnership(
        Map.of("partner_key", "partner_a", "email", "a@partners.example"), "ptk_a");

    assertThat(identify("/api/v2/partner/customers", "Bearer ptk_a"))
        .contains(Caller.partner("partner_a"));
    assertThat(identify("/api/v2/partner/customers", "Bearer ptk_b")).isEmpty();
    assertThat(
            identify(
                "/api/v2/partner/customers", "Basic " + base64("pk_live:sk_s3cret:with colon")))
        .isEmpty();
  }

  @Test
  void pathsOutsideTheApi_andTheOpenApiDocument_needNoCredentials() {
    assertThat(identify("/health", null)).contains(Caller.ANONYMOUS);
    assertThat(identify(OpenApiRoute.PATH, null)).contains(Caller.ANONYMOUS);
  }

  private Optional<Caller> identify(String path, String authorization) {
    return identifier.identify(
        new ApiRequest(
            "GET",
            path,
            null,
            name -> name.equals("Authorization") ? authorization : null,
            null,
            null));
  }

  private static String base64(String text) {
    return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
  }
}
