package dev.cprops.recipes.fake;

import dev.cprops.connector.spi.Action;
import dev.cprops.connector.spi.AuthException;
import dev.cprops.connector.spi.Connection;
import dev.cprops.connector.spi.Connector;
import dev.cprops.connector.spi.ControlType;
import dev.cprops.connector.spi.Field;
import dev.cprops.connector.spi.FieldType;
import dev.cprops.connector.spi.InputException;
import dev.cprops.connector.spi.PickList;
import dev.cprops.connector.spi.PollResult;
import dev.cprops.connector.spi.PollingTrigger;
import dev.cprops.connector.spi.Trigger;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A connector for tests, registered through META-INF/services: a {@code changes} polling trigger
 * over {@link FakeBackend#EVENTS}, an {@code upsert} action (one record, counts created/updated/
 * unchanged) and a {@code batch} action (a {@code results} list with per-record status). The key
 * "wrong" is rejected as bad credentials. With a connection, a dynamic {@code plan} field appears.
 */
public final class FakeConnector implements Connector {

  @Override
  public String id() {
    return "fake";
  }

  @Override
  public String title() {
    return "Fake CRM";
  }

  @Override
  public List<Field> connectionFields() {
    return List.of(
        Field.builder("api_key", FieldType.STRING)
            .label("API key")
            .controlType(ControlType.PASSWORD)
            .optional(false)
            .build(),
        Field.builder("region", FieldType.STRING).label("Region").build());
  }

  @Override
  public void test(Connection connection) {
    if (connection.string("api_key", "").equals("wrong")) {
      throw new AuthException(401, "the API key was rejected; check api_key");
    }
  }

  @Override
  public List<Action> actions() {
    return List.of(new Upsert(), new Batch());
  }

  @Override
  public List<Trigger> triggers() {
    return List.of(new Changes());
  }

  @Override
  public List<PickList> pickLists() {
    return List.of();
  }

  static List<Field> recordFields(Connection connection) {
    List<Field> fields = new ArrayList<>();
    fields.add(Field.builder("id", FieldType.STRING).build());
    fields.add(Field.builder("email", FieldType.STRING).controlType(ControlType.EMAIL).build());
    fields.add(Field.builder("name", FieldType.STRING).build());
    fields.add(Field.builder("version", FieldType.STRING).build());
    if (connection != null) {
      fields.add(Field.builder("plan", FieldType.STRING).label("Plan").build());
    }
    return fields;
  }

  static String upsert(String email, Object name) {
    if (email == null || !email.contains("@")) {
      throw new InputException("email", email, "an email address");
    }
    synchronized (FakeBackend.class) {
      FakeBackend.EFFECTS.add(email);
      boolean known = FakeBackend.RECORDS.containsKey(email);
      Object before = FakeBackend.RECORDS.put(email, name);
      return !known ? "created" : java.util.Objects.equals(before, name) ? "unchanged" : "updated";
    }
  }

  /** Polls {@link FakeBackend#EVENTS} from the cursor (an index), a page at a time. */
  static final class Changes implements PollingTrigger {
    @Override
    public String id() {
      return "changes";
    }

    @Override
    public String title() {
      return "New or changed customers";
    }

    @Override
    public String help() {
      return "";
    }

    @Override
    public List<Field> inputFields(Connection connection) {
      return List.of(Field.builder("since", FieldType.DATE).build());
    }

    @Override
    public List<Field> outputFields(Connection connection) {
      return recordFields(connection);
    }

    @Override
    public PollResult poll(Connection connection, Map<String, Object> input, String cursor) {
      FakeBackend.POLLS.incrementAndGet();
      int from = cursor == null ? 0 : Integer.parseInt(cursor);
      int to = Math.min(from + FakeBackend.pageSize, FakeBackend.EVENTS.size());
      List<Map<String, Object>> page = new ArrayList<>(FakeBackend.EVENTS.subList(from, to));
      return new PollResult(page, Integer.toString(to), to < FakeBackend.EVENTS.size());
    }

    @Override
    public String dedupKey(Map<String, Object> event) {
      return event.get("id") + "@" + event.get("version");
    }
  }

  /** Upserts one record. */
  static final class Upsert implements Action {
    @Override
    public String id() {
      return "upsert";
    }

    @Override
    public String title() {
      return "Upsert customer";
    }

    @Override
    public String help() {
      return "";
    }

    @Override
    public List<Field> inputFields(Connection connection) {
      return List.of(
          Field.builder("email", FieldType.STRING).label("Email").optional(false).build(),
          Field.builder("name", FieldType.STRING).label("Name").build());
    }

    @Override
    public List<Field> outputFields(Connection connection) {
      return List.of(
          Field.builder("status", FieldType.STRING).build(),
          Field.builder("created", FieldType.INTEGER).build(),
          Field.builder("updated", FieldType.INTEGER).build(),
          Field.builder("unchanged", FieldType.INTEGER).build());
    }

    @Override
    public Map<String, Object> execute(Connection connection, Map<String, Object> input) {
      String status = upsert((String) input.get("email"), input.get("name"));
      Map<String, Object> output = new LinkedHashMap<>();
      output.put("status", status);
      for (String counter : List.of("created", "updated", "unchanged")) {
        output.put(counter, BigDecimal.valueOf(counter.equals(status) ? 1 : 0));
      }
      return output;
    }
  }

  /** Upserts many records; one bad record fails alone. */
  static final class Batch implements Action {
    @Override
    public String id() {
      return "batch";
    }

    @Override
    public String title() {
      return "Upsert customers in a batch";
    }

    @Override
    public String help() {
      return "";
    }

    @Override
    public List<Field> inputFields(Connection connection) {
      return List.of(
          Field.builder("records", FieldType.ARRAY).of(FieldType.OBJECT).optional(false).build());
    }

    @Override
    public List<Field> outputFields(Connection connection) {
      return List.of(Field.builder("results", FieldType.ARRAY).of(FieldType.OBJECT).build());
    }

    @Override
    public Map<String, Object> execute(Connection connection, Map<String, Object> input) {
      List<Map<String, Object>> results = new ArrayList<>();
      for (Object item : (List<?>) input.get("records")) {
        Map<?, ?> record = (Map<?, ?>) item;
        Map<String, Object> result = new LinkedHashMap<>();
        try {
          result.put("status", upsert((String) record.get("email"), record.get("name")));
        } catch (InputException e) {
          result.put("status", "failed");
          result.put("error", e.getMessage());
        }
        results.add(result);
      }
      return Map.of("results", results);
    }
  }
}
