package dev.cprops.mock.bench;

import dev.cprops.mock.json.JsonSyntaxException;
import dev.cprops.mock.json.JsonValueReader;
import dev.cprops.mock.json.JsonValueWriter;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads every customer from the running mock server (as the single-customer GET renders them, with
 * {@code fields}) and writes them as json-server's database, {@code {"customers": [...]}}, with
 * {@code id} = {@code customer_key}: both servers then hold the same customers under the same ids.
 */
final class CustomerExport {
  private final List<Map<String, Object>> customers;

  private CustomerExport(List<Map<String, Object>> customers) {
    this.customers = customers;
  }

  @SuppressWarnings("unchecked")
  static CustomerExport read(String rootUrl, String authorization)
      throws IOException, InterruptedException {
    HttpClient client = HttpClient.newHttpClient();
    JsonValueReader reader = new JsonValueReader(JsonValueReader.DEFAULT_MAX_DEPTH);
    List<Map<String, Object>> customers = new ArrayList<>();
    String after = null;
    boolean more = true;
    while (more) {
      String url =
          rootUrl
              + "/api/v2/customers?limit=250&order_by=created_at&expand=fields"
              + (after == null ? "" : "&starting_after=" + after);
      HttpRequest request =
          HttpRequest.newBuilder(URI.create(url)).header("Authorization", authorization).build();
      HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
      if (response.statusCode() != 200) {
        throw new IOException("listing customers failed: " + response.statusCode());
      }
      Map<String, Object> data;
      try {
        data =
            (Map<String, Object>) ((Map<String, Object>) reader.read(response.body())).get("data");
      } catch (JsonSyntaxException e) {
        throw new IOException("listing customers: " + e.getMessage(), e);
      }
      List<Map<String, Object>> items = (List<Map<String, Object>>) data.get("items");
      customers.addAll(items);
      more = Boolean.TRUE.equals(data.get("has_more")) && !items.isEmpty();
      if (!items.isEmpty()) {
        after = (String) items.get(items.size() - 1).get("key");
      }
    }
    return new CustomerExport(customers);
  }

  /** The customer_keys, in creation order. */
  List<String> ids() {
    List<String> ids = new ArrayList<>();
    for (Map<String, Object> customer : customers) {
      ids.add((String) customer.get("customer_key"));
    }
    return ids;
  }

  void writeJsonServerDatabase(Path file) throws IOException {
    List<Map<String, Object>> records = new ArrayList<>();
    for (Map<String, Object> customer : customers) {
      Map<String, Object> record = new LinkedHashMap<>();
      record.put("id", customer.get("customer_key"));
      record.putAll(customer);
      records.add(record);
    }
    Files.write(file, JsonValueWriter.write(Map.of("customers", records)));
  }
}
