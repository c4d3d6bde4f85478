package dev.cprops.connector.bench;

import dev.cprops.connector.spi.Action;
import dev.cprops.connector.spi.Connection;
import dev.cprops.connector.spi.ConnectorException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The naive way, as a simple recipe loop does it: for each row, one {@code upsert_customer} action
 * call (look the customer up, then create or update it), one record at a time. The row's columns
 * are mapped to the action's inputs by hand, as a recipe's data pills would; the values stay messy
 * and the action coerces them.
 */
final class NaiveUpsertLoop {
  private final Action upsert;
  private final Connection connection;

  NaiveUpsertLoop(Action upsert, Connection connection) {
    this.upsert = upsert;
    this.connection = connection;
  }

  StatusCounts run(int records) {
    int created = 0;
    int updated = 0;
    int unchanged = 0;
    int failed = 0;
    for (int i = 0; i < records; i++) {
      try {
        Object status = upsert.execute(connection, input(CrmRecords.messy(i))).get("status");
        switch (String.valueOf(status)) {
          case "created" -> created++;
          case "updated" -> updated++;
          default -> unchanged++;
        }
      } catch (ConnectorException e) {
        if (failed++ == 0) {
          System.err.println("first failed record: #" + i + " " + e.getMessage());
        }
      }
    }
    return new StatusCounts(created, updated, unchanged, failed);
  }

  private static Map<String, Object> input(Map<String, Object> row) {
    Map<String, Object> meta = new LinkedHashMap<>();
    meta.put("subscription_plan", row.get("Subscription Plan"));
    meta.put("mrr", row.get("MRR"));
    meta.put("seats", row.get("Seats"));
    meta.put("renewal_date", row.get("Renewal Date"));
    meta.put("country", row.get("Country"));
    meta.put("website", row.get("Website"));
    meta.put("phone", row.get("Phone"));
    meta.put("churn_risk", row.get("Churn Risk"));
    Map<String, Object> input = new LinkedHashMap<>();
    input.put("customer_key", row.get("Account ID"));
    input.put("email", row.get("Email").toString().strip());
    input.put("name", row.get("Company Name"));
    input.put("partner_key", row.get("Partner ID"));
    input.put("meta", meta);
    return input;
  }
}
