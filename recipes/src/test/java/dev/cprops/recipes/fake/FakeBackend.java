package dev.cprops.recipes.fake;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** The state behind {@link FakeConnector}, shared by the instances ServiceLoader makes. */
public final class FakeBackend {
  /** Events the {@code changes} trigger serves, oldest first. */
  public static final List<Map<String, Object>> EVENTS = new ArrayList<>();

  /** Records upserted, by email; the value is the name. */
  public static final Map<String, Object> RECORDS = new LinkedHashMap<>();

  /** Every upsert call's email, in order (effects, to count duplicates). */
  public static final List<String> EFFECTS = new ArrayList<>();

  public static final AtomicInteger POLLS = new AtomicInteger();
  public static int pageSize = 2;
  public static String rejectKey;

  private FakeBackend() {}

  public static synchronized void reset() {
    EVENTS.clear();
    RECORDS.clear();
    EFFECTS.clear();
    POLLS.set(0);
    pageSize = 2;
    rejectKey = null;
  }

  /** Adds an event {@code {id, email, name, version}}. */
  public static void event(String id, String email, String name) {
    Map<String, Object> event = new LinkedHashMap<>();
    event.put("id", id);
    event.put("email", email);
    event.put("name", name);
    event.put("version", "1");
    EVENTS.add(event);
  }
}
