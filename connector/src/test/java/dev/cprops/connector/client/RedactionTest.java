package dev.cprops.connector.client;

import static dev.cprops.connector.client.MockApi.PARTNER_KEY;
import static dev.cprops.connector.client.MockApi.SECRET_KEY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.cprops.connector.client.MockApi.RecordingSleeper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RedactionTest {
  private final MockWebServer server = new MockWebServer();
  private final List<String> logs = Collections.synchronizedList(new ArrayList<>());
  private final String basicToken =
      Base64.getEncoder()
          .encodeToString((MockApi.PUBLIC_KEY + ":" + SECRET_KEY).getBytes(StandardCharsets.UTF_8));

  @BeforeEach
  void start() throws IOException {
    server.start();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private CustomerPropertiesClient client(Credentials credentials) {
    return CustomerPropertiesClient.create(
        MockApi.config(server, new RecordingSleeper())
            .credentials(credentials)
            .logger(logs::add, HttpLogger.Level.BODY)
            .build());
  }

  @Test
  void logs_redactTheAuthorizationHeader_andNeverShowTheSecretKey() {
    server.enqueue(MockApi.ok(MockApi.customer("cus_1", "acct_42")));

    client(Credentials.vendor(MockApi.PUBLIC_KEY, SECRET_KEY)).getCustomer("acct_42");

    assertThat(logs).contains("Authorization: [redacted]");
    assertThat(logs).anyMatch(line -> line.startsWith("--> GET http://"));
    assertThat(logs).anyMatch(line -> line.startsWith("<-- 200 GET http://"));
    assertThat(String.join("\n", logs)).doesNotContain(SECRET_KEY).doesNotContain(basicToken);
  }

  @Test
  void logs_redactSecretMembersOfBodies_andKnownSecretsAnywhere() {
    server.enqueue(
        MockApi.ok(
            "{\"key\":\"part_1\",\"partner_key\":\"jane\",\"email\":\"j@x.test\",\"api_key\":\""
                + PARTNER_KEY
                + "\"}"));
    server.enqueue(MockApi.error(400, "bad key " + SECRET_KEY));
    CustomerPropertiesClient client = client(Credentials.vendor(MockApi.PUBLIC_KEY, SECRET_KEY));

    Partnership partnership =
        client.createPartnership(new NewPartnership("jane", "j@x.test", null));
    Throwable error = catchThrowable(() -> client.request("GET", "/echo", Map.of(), null));

    String all = String.join("\n", logs);
    assertThat(all).contains("\"api_key\":\"[redacted]\"").doesNotContain(PARTNER_KEY);
    assertThat(all).contains("bad key [redacted]").doesNotContain(SECRET_KEY);
    assertThat(error).hasMessage("GET /echo: 400 bad key [redacted]");
    assertThat(partnership.toString()).contains("apiKey=[redacted]").doesNotContain(PARTNER_KEY);
  }

  @Test
  void logs_neverShowThePartnerKey() {
    server.enqueue(MockApi.ok(MockApi.customer("cus_1", "acct_42")));

    client(Credentials.partner(PARTNER_KEY)).getPartnerCustomer("acct_42");

    assertThat(String.join("\n", logs))
        .contains("Authorization: [redacted]")
        .doesNotContain(PARTNER_KEY);
  }

  @Test
  void exceptionsAndToStrings_neverShowASecret() {
    server.enqueue(MockApi.error(401, "Unauthorized"));
    CustomerPropertiesClient vendor = client(Credentials.vendor(MockApi.PUBLIC_KEY, SECRET_KEY));

    Throwable e = catchThrowable(() -> vendor.getCustomer("x"));

    assertThat(e.getMessage()).doesNotContain(SECRET_KEY).doesNotContain(basicToken);
    assertThat(vendor.toString()).doesNotContain(SECRET_KEY).contains("secretKey=[redacted]");
    assertThat(vendor.config().toString()).doesNotContain(SECRET_KEY);
    assertThat(Credentials.partner(PARTNER_KEY).toString()).isEqualTo("Partner[apiKey=[redacted]]");
    assertThat(Credentials.vendor("pk", SECRET_KEY).toString())
        .isEqualTo("Vendor[publicKey=pk, secretKey=[redacted]]");
  }
}
