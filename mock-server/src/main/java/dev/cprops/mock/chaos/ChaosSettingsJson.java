package dev.cprops.mock.chaos;

import dev.cprops.mock.json.AdminJson;
import dev.cprops.mock.json.AdminJson.BadBody;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.LongSupplier;
import java.util.stream.Collectors;

/**
 * {@link ChaosSettings} and {@link ChaosStats} as the admin API's JSON:
 *
 * <pre>{@code
 * {"rate": 0.2, "seed": 42, "when": "any",
 *  "faults": {"500": 1, "503": 1, "429": 1, "connection_reset": 1, "delay": 1},
 *  "delay_ms": {"min": 100, "max": 1000}, "retry_after_seconds": 1}
 * }</pre>
 *
 * Only {@code rate} is required. {@code faults} may also be a list of names (equal weights); {@code
 * delay_ms} may also be one number (a fixed delay). A missing {@code seed} is drawn at random, and
 * reported back so the run can be repeated.
 */
final class ChaosSettingsJson {
  static final Set<String> FIELDS =
      new TreeSet<>(List.of("rate", "seed", "when", "faults", "delay_ms", "retry_after_seconds"));
  private static final String FAULT_NAMES =
      Arrays.stream(Fault.values()).map(Fault::apiName).collect(Collectors.joining(", "));

  private ChaosSettingsJson() {}

  /**
   * Settings from a request body's fields.
   *
   * @param randomSeed the seed when none is given
   * @throws BadBody naming the field, the value and what was expected
   */
  static ChaosSettings parse(Map<String, Object> body, LongSupplier randomSeed) throws BadBody {
    if (!body.containsKey("rate")) {
      throw new BadBody("rate is required: the probability (0 to 1) that a call gets a fault");
    }
    double rate = AdminJson.number("rate", body.get("rate"), 0, 1);
    long seed =
        body.containsKey("seed")
            ? AdminJson.integer("seed", body.get("seed"), Long.MIN_VALUE, Long.MAX_VALUE)
            : randomSeed.getAsLong();
    ChaosSettings settings = ChaosSettings.of(rate, seed);
    if (body.containsKey("faults")) {
      settings = withWeights(settings, body.get("faults"));
    }
    if (body.containsKey("when")) {
      Object value = body.get("when");
      Timing when = value instanceof String name ? Timing.fromApiName(name).orElse(null) : null;
      if (when == null) {
        throw new BadBody(
            "when must be \"before_write\", \"after_write\" or \"any\", got "
                + AdminJson.describe(value));
      }
      settings = settings.withWhen(when);
    }
    if (body.containsKey("delay_ms")) {
      settings = withDelay(settings, body.get("delay_ms"));
    }
    if (body.containsKey("retry_after_seconds")) {
      settings =
          settings.withRetryAfterSeconds(
              (int)
                  AdminJson.integer(
                      "retry_after_seconds",
                      body.get("retry_after_seconds"),
                      0,
                      ChaosSettings.MAX_RETRY_AFTER_SECONDS));
    }
    return settings;
  }

  /** The settings and the stats, as {@code GET /__admin/customer-properties/chaos} shows them. */
  static Map<String, Object> view(ChaosSettings settings, ChaosStats stats) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("enabled", settings.enabled());
    data.put("rate", decimal(settings.rate()));
    data.put("seed", settings.seed());
    data.put("when", settings.when().apiName());
    Map<String, Object> faults = new LinkedHashMap<>();
    settings.weights().forEach((fault, weight) -> faults.put(fault.apiName(), decimal(weight)));
    data.put("faults", faults);
    data.put(
        "delay_ms", Map.of("min", settings.minDelayMillis(), "max", settings.maxDelayMillis()));
    data.put("retry_after_seconds", settings.retryAfterSeconds());
    data.put("stats", stats(stats));
    return data;
  }

  static Map<String, Object> stats(ChaosStats stats) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("requests_seen", stats.requestsSeen());
    data.put("faults_injected", stats.faultsInjected());
    Map<String, Object> byFault = new LinkedHashMap<>();
    for (Fault fault : Fault.values()) {
      byFault.put(fault.apiName(), stats.byFault().get(fault));
    }
    data.put("by_fault", byFault);
    Map<String, Object> byPhase = new LinkedHashMap<>();
    for (Phase phase : Phase.values()) {
      byPhase.put(phase.apiName(), stats.byPhase().get(phase));
    }
    data.put("by_phase", byPhase);
    return data;
  }

  private static ChaosSettings withWeights(ChaosSettings settings, Object value) throws BadBody {
    Map<Fault, Double> weights = new EnumMap<>(Fault.class);
    if (value instanceof List<?> names && !names.isEmpty()) {
      for (Object name : names) {
        weights.put(fault("faults", name), 1.0);
      }
    } else if (value instanceof Map<?, ?> object && !object.isEmpty()) {
      for (Map.Entry<?, ?> entry : object.entrySet()) {
        String field = "faults." + entry.getKey();
        weights.put(
            fault("faults", entry.getKey()), AdminJson.number(field, entry.getValue(), 0, 1e6));
      }
    } else {
      throw new BadBody(
          "faults must be a non-empty list of fault names or an object of weights by name ("
              + FAULT_NAMES
              + "), got "
              + AdminJson.describe(value));
    }
    if (weights.values().stream().noneMatch(weight -> weight > 0)) {
      throw new BadBody("faults must give at least one fault a weight above 0, got " + value);
    }
    return settings.withWeights(weights);
  }

  private static Fault fault(String field, Object name) throws BadBody {
    Fault fault = name instanceof String text ? Fault.fromApiName(text).orElse(null) : null;
    if (fault == null) {
      throw new BadBody(
          field
              + ": unknown fault "
              + AdminJson.describe(name)
              + ", expected one of "
              + FAULT_NAMES);
    }
    return fault;
  }

  private static ChaosSettings withDelay(ChaosSettings settings, Object value) throws BadBody {
    long max = ChaosSettings.MAX_DELAY_MILLIS;
    if (value instanceof BigDecimal) {
      long fixed = AdminJson.integer("delay_ms", value, 0, max);
      return settings.withDelay(fixed, fixed);
    }
    if (value instanceof Map<?, ?> range) {
      for (Object name : range.keySet()) {
        if (!name.equals("min") && !name.equals("max")) {
          throw new BadBody("delay_ms: unknown field '" + name + "', expected min and max");
        }
      }
      long from =
          range.containsKey("min")
              ? AdminJson.integer("delay_ms.min", range.get("min"), 0, max)
              : settings.minDelayMillis();
      long to =
          range.containsKey("max")
              ? AdminJson.integer("delay_ms.max", range.get("max"), 0, max)
              : Math.max(from, settings.maxDelayMillis());
      if (from > to) {
        throw new BadBody(
            "delay_ms.min must not be above delay_ms.max, got min " + from + " and max " + to);
      }
      return settings.withDelay(from, to);
    }
    throw new BadBody(
        "delay_ms must be a number of milliseconds or {\"min\": ms, \"max\": ms}, got "
            + AdminJson.describe(value));
  }

  private static BigDecimal decimal(double value) {
    BigDecimal decimal = BigDecimal.valueOf(value).stripTrailingZeros();
    return decimal.scale() < 0 ? decimal.setScale(0) : decimal;
  }
}
