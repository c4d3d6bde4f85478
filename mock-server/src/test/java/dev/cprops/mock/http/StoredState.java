package dev.cprops.mock.http;

import dev.cprops.mock.MockServer;
import dev.cprops.mock.junit.MockServerInfo;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Everything the server holds, as its own GET routes show it: customers (with every field),
 * property definitions, partnerships, webhooks and CRM companies. Two equal snapshots mean no
 * request in between changed anything.
 */
final class StoredState {
  private StoredState() {}

  static String snapshot(MockServerInfo server) {
    return snapshot(server.server());
  }

  static String snapshot(MockServer server) {
    RawHttp http = new RawHttp(server.port());
    String vendor =
        "Authorization: Basic "
            + Base64.getEncoder()
                .encodeToString(
                    (server.publicKey() + ":" + server.secretKey())
                        .getBytes(StandardCharsets.UTF_8));
    String crm = "Authorization: Bearer " + server.crmAccessToken();
    return String.join(
        "\n",
        http.send(
                "GET /api/v2/customers?include_archived=true&limit=250&expand=fields HTTP/1.1\n"
                    + vendor)
            .text(),
        http.send(
                "GET /api/v2/customer-properties?include_archived=true&limit=250 HTTP/1.1\n"
                    + vendor)
            .text(),
        http.send("GET /api/v2/partnerships?limit=250 HTTP/1.1\n" + vendor).text(),
        http.send("GET /api/v2/webhooks HTTP/1.1\n" + vendor).text(),
        http.send("GET /crm/v3/objects/companies?limit=100 HTTP/1.1\n" + crm).text());
  }
}
