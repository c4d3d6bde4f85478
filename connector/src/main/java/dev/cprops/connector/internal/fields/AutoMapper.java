package dev.cprops.connector.internal.fields;

import dev.cprops.connector.client.PropertyDefinition;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Maps a record with arbitrary keys (a CRM row) onto the customer's fields and properties.
 *
 * <p>Keys are compared after folding: case, accents, spaces and punctuation are ignored, so {@code
 * "Subscription Plan"}, {@code "subscription-plan"}, {@code "SUBSCRIPTION_PLAN"} and {@code
 * "Subscription plan:"} all match the property {@code subscription_plan}. A key is matched by the
 * first of these that applies, strongest first:
 *
 * <ol>
 *   <li>an explicit override (column to {@code email}, {@code name}, {@code customer_key}, {@code
 *       partner_key}, or a property as {@code api_name} or {@code meta.api_name});
 *   <li>a customer field's API name ({@code email}, {@code name}, {@code customer_key}, {@code
 *       partner_key});
 *   <li>a property's {@code api_name};
 *   <li>a property's label;
 *   <li>a customer field's synonym ({@code Company Name}, {@code Account ID}, ...).
 * </ol>
 *
 * When several columns match one target, the strongest match is used and the conflict is reported;
 * when they tie, none is used and the conflict is an error ({@link MappingResult#errors()}).
 * Columns that match nothing, or several properties equally, are reported as unmapped. Archived
 * properties are never targets.
 *
 * <p>Immutable and thread-safe; the lookup tables are built once.
 */
public final class AutoMapper {
  private static final int OVERRIDE = 0;
  private static final int CUSTOMER_NAME = 1;
  private static final int API_NAME = 2;
  private static final int LABEL = 3;
  private static final int SYNONYM = 4;

  private final Map<String, Match> overrides = new HashMap<>();
  private final Map<String, Match> matches = new HashMap<>();

  private AutoMapper(List<PropertyDefinition> definitions, Map<String, String> overrides) {
    Map<String, String> apiNames = new HashMap<>();
    for (PropertyDefinition definition : definitions) {
      if (!definition.archived()) {
        apiNames.put(definition.apiName(), definition.apiName());
      }
    }
    Set<String> ambiguous = new HashSet<>();
    for (ReservedField field : ReservedField.values()) {
      add(TextKeys.fold(field.apiName()), new Match(Target.of(field), CUSTOMER_NAME), ambiguous);
      for (String synonym : field.synonyms()) {
        add(TextKeys.fold(synonym), new Match(Target.of(field), SYNONYM), ambiguous);
      }
    }
    for (PropertyDefinition definition : definitions) {
      if (!definition.archived()) {
        Target target = Target.of(definition.apiName());
        add(TextKeys.fold(definition.apiName()), new Match(target, API_NAME), ambiguous);
        add(TextKeys.fold(definition.label()), new Match(target, LABEL), ambiguous);
      }
    }
    ambiguous.forEach(matches::remove);
    overrides.forEach(
        (source, target) -> this.overrides.put(TextKeys.fold(source), override(target, apiNames)));
  }

  /** A mapper with no overrides. */
  public static AutoMapper of(List<PropertyDefinition> definitions) {
    return of(definitions, Map.of());
  }

  /**
   * A mapper with overrides from a column name (compared folded) to a target.
   *
   * @throws IllegalArgumentException if a target is neither a customer field nor a live property
   */
  public static AutoMapper of(List<PropertyDefinition> definitions, Map<String, String> overrides) {
    Objects.requireNonNull(definitions, "definitions");
    Objects.requireNonNull(overrides, "overrides");
    return new AutoMapper(definitions, overrides);
  }

  /** Maps one record; its values are carried raw, nulls included. */
  public MappingResult map(Map<String, ?> record) {
    Map<Target, List<Candidate>> candidates = new LinkedHashMap<>();
    List<String> unmapped = new ArrayList<>();
    for (Map.Entry<String, ?> entry : record.entrySet()) {
      String key = entry.getKey();
      String folded = TextKeys.fold(key);
      Match match = overrides.get(folded);
      if (match == null) {
        match = matches.get(folded);
      }
      if (match == null) {
        unmapped.add(key);
      } else {
        candidates
            .computeIfAbsent(match.target(), t -> new ArrayList<>(1))
            .add(new Candidate(key, entry.getValue(), match.level()));
      }
    }
    Map<ReservedField, Object> customer = new LinkedHashMap<>();
    Map<String, Object> meta = new LinkedHashMap<>();
    List<MappingConflict> conflicts = new ArrayList<>();
    candidates.forEach(
        (target, list) -> {
          Candidate chosen = strongest(list);
          if (list.size() > 1) {
            List<String> keys = list.stream().map(Candidate::key).toList();
            conflicts.add(
                new MappingConflict(target.path(), keys, chosen == null ? null : chosen.key()));
          }
          if (chosen != null) {
            if (target.customer() != null) {
              customer.put(target.customer(), chosen.value());
            } else {
              meta.put(target.apiName(), chosen.value());
            }
          }
        });
    return new MappingResult(customer, meta, unmapped, conflicts);
  }

  /** The single strongest candidate, or null on a tie. */
  private static Candidate strongest(List<Candidate> list) {
    Candidate best = list.get(0);
    boolean tie = false;
    for (int i = 1; i < list.size(); i++) {
      Candidate candidate = list.get(i);
      if (candidate.level() < best.level()) {
        best = candidate;
        tie = false;
      } else if (candidate.level() == best.level()) {
        tie = true;
      }
    }
    return tie ? null : best;
  }

  private void add(String key, Match match, Set<String> ambiguous) {
    if (key.isEmpty()) {
      return;
    }
    Match existing = matches.get(key);
    if (existing == null || match.level() < existing.level()) {
      matches.put(key, match);
      ambiguous.remove(key);
    } else if (match.level() == existing.level() && !match.target().equals(existing.target())) {
      ambiguous.add(key);
    }
  }

  private static Match override(String target, Map<String, String> apiNames) {
    Objects.requireNonNull(target, "override target");
    for (ReservedField field : ReservedField.values()) {
      if (field.apiName().equals(target)) {
        return new Match(Target.of(field), OVERRIDE);
      }
    }
    String apiName =
        target.startsWith(PropertyFields.META + ".")
            ? target.substring(PropertyFields.META.length() + 1)
            : target;
    if (!apiNames.containsKey(apiName)) {
      throw new IllegalArgumentException(
          "override target '" + target + "' is neither a customer field nor a property");
    }
    return new Match(Target.of(apiName), OVERRIDE);
  }

  private record Target(ReservedField customer, String apiName) {
    static Target of(ReservedField field) {
      return new Target(field, null);
    }

    static Target of(String apiName) {
      return new Target(null, apiName);
    }

    String path() {
      return customer != null ? customer.apiName() : PropertyFields.META + "." + apiName;
    }
  }

  private record Match(Target target, int level) {}

  private record Candidate(String key, Object value, int level) {}
}
