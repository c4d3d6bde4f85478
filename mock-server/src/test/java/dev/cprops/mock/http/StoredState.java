package dev.cprops.mock.http;

import dev.cprops.mock.junit.MockServerInfo;

/**
 * Everything the server holds, as its own GET routes show it: customers (with every field),
 * property definitions, partnerships, webhooks and CRM companies. Two equal snapshots mean no
 * request in between changed anything.
 */
final class StoredState {
  private StoredState() {}

  static String snapshot(MockServerInfo server) {
    RawHttp http = new RawHttp(server.port());
    String vendor = "Authorization: " + server.vendorAuthorization();
    String crm = "Authorization: Bearer " + server.server().crmAccessToken();
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
