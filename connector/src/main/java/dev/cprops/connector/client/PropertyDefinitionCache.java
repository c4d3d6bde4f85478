package dev.cprops.connector.client;

import dev.cprops.connector.spi.ApiException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The non-archived property definitions of one connection, loaded once and kept until they are
 * older than the time-to-live or the server answered {@code unknown_property}. Thread-safe: readers
 * never block each other; concurrent loads are collapsed into one.
 */
public final class PropertyDefinitionCache {
  private final Supplier<List<PropertyDefinition>> loader;
  private final Duration ttl;
  private final Clock clock;
  private final Object loadLock = new Object();
  private volatile Snapshot snapshot;

  private record Snapshot(Map<String, PropertyDefinition> byApiName, Instant loadedAt) {}

  /**
   * @param loader reads the definitions from the API (e.g. {@link #forClient} picks the vendor or
   *     partner route)
   * @param ttl how long a load is served; positive
   * @param clock the time source
   */
  public PropertyDefinitionCache(
      Supplier<List<PropertyDefinition>> loader, Duration ttl, Clock clock) {
    this.loader = Objects.requireNonNull(loader, "loader");
    this.clock = Objects.requireNonNull(clock, "clock");
    if (ttl.isNegative() || ttl.isZero()) {
      throw new IllegalArgumentException("ttl must be positive but was " + ttl);
    }
    this.ttl = ttl;
  }

  /** A cache over the definitions the client's credentials may see (vendor or partner route). */
  public static PropertyDefinitionCache forClient(
      CustomerPropertiesClient client, Duration ttl, Clock clock) {
    Supplier<List<PropertyDefinition>> loader =
        client.isPartner()
            ? () -> client.streamPartnerPropertyDefinitions().toList()
            : () -> client.listPropertyDefinitions(false);
    return new PropertyDefinitionCache(loader, ttl, clock);
  }

  /**
   * The definitions in the API's order (archived ones left out), loading them if needed.
   *
   * @throws dev.cprops.connector.spi.ConnectorException if loading fails; the cache stays empty
   */
  public List<PropertyDefinition> all() {
    return List.copyOf(current().byApiName().values());
  }

  /** The definition with that {@code api_name}, if any. */
  public Optional<PropertyDefinition> get(String apiName) {
    return Optional.ofNullable(current().byApiName().get(apiName));
  }

  /** Forgets the definitions; the next read loads them again. */
  public void invalidate() {
    snapshot = null;
  }

  /**
   * Forgets the definitions if the server reported an unknown property (someone added, renamed or
   * archived one since they were loaded).
   *
   * @return whether the cache was invalidated, so a caller may rebuild its fields and try again
   */
  public boolean invalidateIfUnknownProperty(ApiException e) {
    if (e.hasErrorCode("unknown_property")) {
      invalidate();
      return true;
    }
    return false;
  }

  private Snapshot current() {
    Snapshot s = snapshot;
    if (fresh(s)) {
      return s;
    }
    synchronized (loadLock) {
      s = snapshot;
      if (fresh(s)) {
        return s;
      }
      Map<String, PropertyDefinition> byApiName = new LinkedHashMap<>();
      for (PropertyDefinition d : loader.get()) {
        if (!d.archived()) {
          byApiName.put(d.apiName(), d);
        }
      }
      s = new Snapshot(java.util.Collections.unmodifiableMap(byApiName), clock.instant());
      snapshot = s;
      return s;
    }
  }

  private boolean fresh(Snapshot s) {
    return s != null && s.loadedAt().plus(ttl).isAfter(clock.instant());
  }
}
