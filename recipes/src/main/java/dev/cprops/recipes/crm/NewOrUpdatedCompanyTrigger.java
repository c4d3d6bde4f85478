package dev.cprops.recipes.crm;

import dev.cprops.connector.spi.Connection;
import dev.cprops.connector.spi.Field;
import dev.cprops.connector.spi.FieldType;
import dev.cprops.connector.spi.InputException;
import dev.cprops.connector.spi.PollResult;
import dev.cprops.connector.spi.PollingTrigger;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code new_or_updated_company}: companies created or changed since the last poll, oldest change
 * first, found with the search API ({@code hs_lastmodifieddate >= cursor}, sorted ascending). One
 * poll returns up to {@value #PAGE_SIZE} events and says when more are waiting; the cursor is a
 * {@link CompanyCursor}. Dedup key {@code id@last-modified}, so every version triggers once.
 */
final class NewOrUpdatedCompanyTrigger implements PollingTrigger {
  static final int PAGE_SIZE = 100;
  private static final String LAST_MODIFIED = "hs_lastmodifieddate";

  @Override
  public String id() {
    return "new_or_updated_company";
  }

  @Override
  public String title() {
    return "New or updated company";
  }

  @Override
  public String help() {
    return "Triggers for every company created or changed in the CRM, oldest change first, with"
        + " its properties. The first poll starts at 'since' (default: every company).";
  }

  @Override
  public List<Field> inputFields(Connection connection) {
    return List.of(
        Field.builder("since", FieldType.DATE_TIME)
            .label("When first started, pick up changes from")
            .hint("Used on the first poll only. Default: every company.")
            .sticky(true)
            .build(),
        Field.builder("properties", FieldType.ARRAY)
            .label("Properties")
            .of(FieldType.STRING)
            .hint("The company properties to fetch. Default: every property with a value.")
            .build());
  }

  @Override
  public List<Field> outputFields(Connection connection) {
    return List.of(
        Field.builder("id", FieldType.STRING).label("Company ID").build(),
        Field.builder("properties", FieldType.OBJECT)
            .label("Properties")
            .hint("Values by property name, as the CRM holds them (text)")
            .build(),
        Field.builder("created_at", FieldType.DATE_TIME).label("Created at").build(),
        Field.builder("updated_at", FieldType.DATE_TIME).label("Updated at").build());
  }

  @Override
  public Map<String, Object> sampleOutput() {
    Map<String, Object> event = new LinkedHashMap<>();
    event.put("id", "1001");
    event.put("properties", Map.of("name", "Northwind Analytics", "customer_key", "acct_00001"));
    event.put("created_at", "2024-03-01T09:00:00Z");
    event.put("updated_at", "2024-03-15T10:00:00Z");
    return event;
  }

  @Override
  public PollResult poll(Connection connection, Map<String, Object> input, String cursor) {
    CompanyCursor position =
        cursor == null ? new CompanyCursor(since(input), Set.of()) : CompanyCursor.parse(cursor);
    CrmClient client = CrmClient.of(connection);
    List<Map<String, Object>> events = new ArrayList<>();
    long lastTime = position.time();
    Set<String> idsAtLast = new HashSet<>(position.ids());
    String after = null;
    boolean more;
    do {
      Map<String, Object> page =
          client.send("POST", "/objects/companies/search", search(input, position.time(), after));
      for (Object result : list(page.get("results"))) {
        @SuppressWarnings("unchecked")
        Map<String, Object> company = (Map<String, Object>) result;
        String id = String.valueOf(company.get("id"));
        long at = Instant.parse(String.valueOf(company.get("updatedAt"))).toEpochMilli();
        if (position.covers(at, id)) {
          continue;
        }
        events.add(event(company));
        if (at > lastTime) {
          lastTime = at;
          idsAtLast = new HashSet<>();
        }
        idsAtLast.add(id);
      }
      after = nextAfter(page);
      more = after != null;
    } while (events.isEmpty() && more);
    return new PollResult(events, new CompanyCursor(lastTime, idsAtLast).toString(), more);
  }

  @Override
  public String dedupKey(Map<String, Object> event) {
    Object id = event.get("id");
    Object updated = event.get("updated_at");
    if (id == null || updated == null) {
      throw new InputException(
          "event", String.valueOf(id), "a company event with id and updated_at");
    }
    return id + "@" + Instant.parse(updated.toString()).toEpochMilli();
  }

  private static Map<String, Object> search(Map<String, Object> input, long since, String after) {
    Map<String, Object> filter = new LinkedHashMap<>();
    filter.put("propertyName", LAST_MODIFIED);
    filter.put("operator", "GTE");
    filter.put("value", Long.toString(since));
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("filterGroups", List.of(Map.of("filters", List.of(filter))));
    body.put("sorts", List.of(Map.of("propertyName", LAST_MODIFIED, "direction", "ASCENDING")));
    body.put("limit", PAGE_SIZE);
    if (input.get("properties") instanceof List<?> properties && !properties.isEmpty()) {
      body.put("properties", properties.stream().map(String::valueOf).toList());
    }
    if (after != null) {
      body.put("after", after);
    }
    return body;
  }

  private static Map<String, Object> event(Map<String, Object> company) {
    Map<String, Object> event = new LinkedHashMap<>();
    event.put("id", String.valueOf(company.get("id")));
    event.put("properties", company.getOrDefault("properties", Map.of()));
    event.put("created_at", company.get("createdAt"));
    event.put("updated_at", company.get("updatedAt"));
    return event;
  }

  private static long since(Map<String, Object> input) {
    Object since = input.get("since");
    if (since == null || since.toString().isBlank()) {
      return 0;
    }
    try {
      return Instant.parse(since.toString().strip()).toEpochMilli();
    } catch (DateTimeParseException e) {
      throw new InputException(
          "since", since.toString(), "an ISO-8601 date-time such as 2024-03-15T10:00:00Z");
    }
  }

  private static List<?> list(Object value) {
    return value instanceof List<?> list ? list : List.of();
  }

  private static String nextAfter(Map<String, Object> page) {
    if (page.get("paging") instanceof Map<?, ?> paging
        && paging.get("next") instanceof Map<?, ?> next
        && next.get("after") != null) {
      return next.get("after").toString();
    }
    return null;
  }
}
