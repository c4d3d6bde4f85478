package dev.cprops.mock.seed;

import dev.cprops.mock.persistence.WriteLog;
import dev.cprops.mock.store.CustomerPropertiesStore;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiConsumer;

/**
 * Replaces the store's contents with seed data, fed through the same create methods (and so the
 * same validation) as the API's requests. Seeded items get times spread over the last 30 days. A
 * seed or a clear, with what its listeners replace (the CRM), is one {@link WriteLog#replace}: with
 * a data directory, one new snapshot.
 */
public final class DemoSeeder {
  /** The random seed of the demo customers: the same server seeds the same customers. */
  public static final long RANDOM_SEED = 20_241_124L;

  private static final long SPREAD_MILLIS = 30L * 24 * 60 * 60 * 1000;

  private final CustomerPropertiesStore store;
  private volatile Map<String, String> partnerKeys = Map.of();
  private final List<BiConsumer<Seed, Integer>> listeners = new CopyOnWriteArrayList<>();
  private volatile WriteLog log = WriteLog.IN_MEMORY;

  public DemoSeeder(CustomerPropertiesStore store) {
    this.store = store;
  }

  /**
   * Replaces the contents with {@code seed}; {@code customers} counts only for {@link Seed#DEMO}.
   *
   * @return the seeded partners' API keys by partner_key
   */
  public Map<String, String> seed(Seed seed, int customers) {
    if (customers < 0) {
      throw new IllegalArgumentException("customers must be 0 or more, was " + customers);
    }
    List<Map<String, Object>> partners = seed == Seed.DEMO ? DemoData.partners() : List.of();
    List<Map<String, Object>> properties = seed == Seed.DEMO ? DemoData.properties() : List.of();
    int customerCount = seed == Seed.DEMO ? customers : 0;
    long items = (long) partners.size() + properties.size() + customerCount;
    long step = Math.max(1, SPREAD_MILLIS / Math.max(1, items));
    long start = store.wallTime() - step * (items + 1);
    Map<String, String> keys = new LinkedHashMap<>();
    log.replace(
        () -> {
          store.replaceContents(
              start,
              step,
              () -> {
                for (Map<String, Object> partner : partners) {
                  Map<String, Object> body = new HashMap<>(partner);
                  String apiKey = (String) body.remove("api_key");
                  store.createPartnership(body, apiKey);
                  keys.put((String) body.get("partner_key"), apiKey);
                }
                properties.forEach(store::createProperty);
                Iterator<Map<String, Object>> bodies =
                    DemoData.customers(customerCount, RANDOM_SEED);
                while (bodies.hasNext()) {
                  store.createCustomer(bodies.next());
                }
              });
          listeners.forEach(listener -> listener.accept(seed, customerCount));
          return null;
        });
    partnerKeys = Collections.unmodifiableMap(keys);
    return partnerKeys;
  }

  /**
   * Takes over a store loaded from a data directory: the demo partners whose known API keys are
   * still valid there become {@link #partnerKeys()}.
   *
   * @return those partners' API keys by partner_key
   */
  public Map<String, String> recallDemoPartners() {
    Map<String, String> keys = new LinkedHashMap<>();
    for (Map<String, Object> partner : DemoData.partners()) {
      String partnerKey = (String) partner.get("partner_key");
      String apiKey = (String) partner.get("api_key");
      if (store.partnerKeyForApiKey(apiKey).filter(partnerKey::equals).isPresent()) {
        keys.put(partnerKey, apiKey);
      }
    }
    partnerKeys = Collections.unmodifiableMap(keys);
    return partnerKeys;
  }

  /**
   * Calls {@code listener} after every seed (with the seed and the customer count) and every clear
   * (with {@link Seed#EMPTY} and 0), so other demo data (the CRM) follows the store.
   */
  public void onSeed(BiConsumer<Seed, Integer> listener) {
    listeners.add(listener);
  }

  /** Empties the store (the vendor keys stay: they are not stored). */
  public void clear() {
    log.replace(
        () -> {
          store.clear();
          listeners.forEach(listener -> listener.accept(Seed.EMPTY, 0));
          return null;
        });
    partnerKeys = Map.of();
  }

  /** From now on, a seed or clear is one replace in {@code log} (a data directory's). */
  public void attachWriteLog(WriteLog log) {
    this.log = log;
  }

  /** The API keys of the partners seeded last, by partner_key. */
  public Map<String, String> partnerKeys() {
    return partnerKeys;
  }
}
