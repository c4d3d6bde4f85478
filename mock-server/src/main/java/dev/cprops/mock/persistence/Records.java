package dev.cprops.mock.persistence;

import dev.cprops.mock.json.JsonSyntaxException;
import dev.cprops.mock.json.JsonValueReader;
import dev.cprops.mock.json.JsonValueWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The payload of each frame: a UTF-8 JSON object whose {@code "kind"} says what it holds. The parts
 * own their kinds ({@link DurablePart#kinds()}); the data directory's own are {@code snapshot} (the
 * header of a snapshot: the clock), {@code end} (the record count closing a snapshot), {@code
 * group} (the records of one write that touched several parts, applied together or not at all) and
 * {@code replaced} (a seed or reset, whose state is in the snapshot written right after it).
 */
final class Records {
  static final String SNAPSHOT = "snapshot";
  static final String END = "end";
  static final String GROUP = "group";
  static final String REPLACED = "replaced";

  private static final JsonValueReader READER =
      new JsonValueReader(JsonValueReader.DEFAULT_MAX_DEPTH);

  private Records() {}

  /** One record as it is written: alone, or several as a group. */
  static byte[] encode(List<Map<String, Object>> records) {
    if (records.size() == 1) {
      return JsonValueWriter.write(records.get(0));
    }
    Map<String, Object> group = new LinkedHashMap<>();
    group.put("kind", GROUP);
    group.put("records", records);
    return JsonValueWriter.write(group);
  }

  static byte[] snapshotHeader(long clock) {
    Map<String, Object> record = new LinkedHashMap<>();
    record.put("kind", SNAPSHOT);
    record.put("clock", clock);
    return JsonValueWriter.write(record);
  }

  static byte[] snapshotEnd(long records) {
    Map<String, Object> record = new LinkedHashMap<>();
    record.put("kind", END);
    record.put("records", records);
    return JsonValueWriter.write(record);
  }

  static byte[] replaced() {
    return JsonValueWriter.write(Map.of("kind", REPLACED));
  }

  /**
   * Parses a payload.
   *
   * @throws IllegalArgumentException when it is not a JSON object with a kind
   */
  @SuppressWarnings("unchecked")
  static RecordFields parse(byte[] payload) {
    Object value;
    try {
      value = READER.read(payload);
    } catch (JsonSyntaxException e) {
      throw new IllegalArgumentException(e.getMessage());
    }
    if (!(value instanceof Map<?, ?> map) || !(map.get("kind") instanceof String)) {
      throw new IllegalArgumentException("a record is not a JSON object with a kind");
    }
    return new RecordFields((Map<String, Object>) map);
  }
}
