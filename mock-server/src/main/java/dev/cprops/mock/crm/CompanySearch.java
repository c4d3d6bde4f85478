package dev.cprops.mock.crm;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A search request's filters and sort, as HubSpot's {@code POST .../search} takes them: {@code
 * filterGroups} (groups are OR-ed, the filters of a group AND-ed), each filter a {@code
 * propertyName}, an {@code operator} and a {@code value}; and at most one sort {@code
 * {"propertyName", "direction": "ASCENDING"|"DESCENDING"}}. Date properties ({@code createdate},
 * {@code hs_lastmodifieddate}) compare as instants, given as epoch milliseconds or ISO-8601; other
 * properties as text, case-insensitively. Ties in the sort are broken by id, so paging is stable.
 */
final class CompanySearch {
  static final int MAX_GROUPS = 5;
  static final int MAX_FILTERS_PER_GROUP = 6;
  private static final Set<String> DATES =
      Set.of(CompanyProperties.CREATED, CompanyProperties.LAST_MODIFIED);
  static final Set<String> OPERATORS =
      Set.of("EQ", "NEQ", "GT", "GTE", "LT", "LTE", "HAS_PROPERTY", "NOT_HAS_PROPERTY");

  private record Filter(String property, String operator, String value) {}

  private final List<List<Filter>> groups;
  private final Comparator<Company> order;

  private CompanySearch(List<List<Filter>> groups, Comparator<Company> order) {
    this.groups = groups;
    this.order = order;
  }

  /**
   * Reads {@code filterGroups} and {@code sorts} from a search body.
   *
   * @throws CrmException for an unknown property or operator, a bad value, or too many filters
   */
  static CompanySearch parse(Map<String, Object> body) {
    List<List<Filter>> groups = new ArrayList<>();
    List<?> rawGroups = list(body.get("filterGroups"), "filterGroups");
    if (rawGroups.size() > MAX_GROUPS) {
      throw CrmException.validation("at most " + MAX_GROUPS + " filterGroups are allowed");
    }
    for (Object rawGroup : rawGroups) {
      List<?> rawFilters = list(object(rawGroup, "filterGroups[]").get("filters"), "filters");
      if (rawFilters.size() > MAX_FILTERS_PER_GROUP) {
        throw CrmException.validation(
            "at most " + MAX_FILTERS_PER_GROUP + " filters are allowed in a filterGroup");
      }
      List<Filter> filters = new ArrayList<>();
      for (Object rawFilter : rawFilters) {
        filters.add(filter(object(rawFilter, "filters[]")));
      }
      groups.add(filters);
    }
    return new CompanySearch(groups, order(list(body.get("sorts"), "sorts")));
  }

  /** The companies that match, sorted. */
  List<Company> apply(List<Company> companies) {
    List<Company> matching = new ArrayList<>();
    for (Company company : companies) {
      if (matches(company)) {
        matching.add(company);
      }
    }
    matching.sort(order);
    return matching;
  }

  private boolean matches(Company company) {
    if (groups.isEmpty()) {
      return true;
    }
    for (List<Filter> group : groups) {
      if (group.stream().allMatch(f -> matches(company, f))) {
        return true;
      }
    }
    return false;
  }

  private static boolean matches(Company company, Filter filter) {
    String actual = CompanyJson.value(company, filter.property());
    return switch (filter.operator()) {
      case "HAS_PROPERTY" -> actual != null;
      case "NOT_HAS_PROPERTY" -> actual == null;
      default -> {
        if (actual == null) {
          yield filter.operator().equals("NEQ");
        }
        int compared = compare(filter.property(), actual, filter.value());
        yield switch (filter.operator()) {
          case "EQ" -> compared == 0;
          case "NEQ" -> compared != 0;
          case "GT" -> compared > 0;
          case "GTE" -> compared >= 0;
          case "LT" -> compared < 0;
          default -> compared <= 0;
        };
      }
    };
  }

  private static int compare(String property, String actual, String wanted) {
    if (DATES.contains(property)) {
      return Long.compare(instant(actual), instant(wanted));
    }
    if (property.equals(CompanyProperties.OBJECT_ID)) {
      return Long.compare(Long.parseLong(actual), Long.parseLong(wanted));
    }
    return actual.compareToIgnoreCase(wanted);
  }

  private static Filter filter(Map<?, ?> raw) {
    String property = text(raw.get("propertyName"), "propertyName");
    if (!CompanyProperties.known(property)) {
      throw CrmException.validation("Property \"" + property + "\" does not exist on companies");
    }
    String operator = text(raw.get("operator"), "operator").toUpperCase(Locale.ROOT);
    if (!OPERATORS.contains(operator)) {
      throw CrmException.validation(
          "operator '" + operator + "' is not one of " + String.join(", ", OPERATORS));
    }
    String value = raw.get("value") == null ? null : CompanyJson.text(raw.get("value"));
    if (value == null && !operator.endsWith("HAS_PROPERTY")) {
      throw CrmException.validation(
          "filter on " + property + " with " + operator + " needs a value");
    }
    if (value != null && DATES.contains(property)) {
      instant(value);
    }
    if (value != null && property.equals(CompanyProperties.OBJECT_ID) && !value.matches("\\d+")) {
      throw CrmException.validation("hs_object_id must be a number, got '" + value + "'");
    }
    return new Filter(property, operator, value);
  }

  private static Comparator<Company> order(List<?> sorts) {
    Comparator<Company> byId = Comparator.comparingLong(c -> Long.parseLong(c.id()));
    if (sorts.isEmpty()) {
      return byId;
    }
    if (sorts.size() > 1) {
      throw CrmException.validation("at most one sort is allowed");
    }
    Map<?, ?> sort = object(sorts.get(0), "sorts[]");
    String property = text(sort.get("propertyName"), "propertyName");
    if (!CompanyProperties.known(property)) {
      throw CrmException.validation("Property \"" + property + "\" does not exist on companies");
    }
    String direction =
        sort.get("direction") == null
            ? "ASCENDING"
            : text(sort.get("direction"), "direction").toUpperCase(Locale.ROOT);
    if (!direction.equals("ASCENDING") && !direction.equals("DESCENDING")) {
      throw CrmException.validation("direction must be ASCENDING or DESCENDING");
    }
    Comparator<Company> byProperty =
        (a, b) -> {
          String x = CompanyJson.value(a, property);
          String y = CompanyJson.value(b, property);
          if (x == null || y == null) {
            return x == null ? (y == null ? 0 : 1) : -1;
          }
          return compare(property, x, y);
        };
    if (direction.equals("DESCENDING")) {
      byProperty = byProperty.reversed();
    }
    return byProperty.thenComparing(byId);
  }

  /** Epoch milliseconds from digits or an ISO-8601 instant. */
  static long instant(String value) {
    if (value.matches("\\d{1,15}")) {
      return Long.parseLong(value);
    }
    try {
      return Instant.parse(value).toEpochMilli();
    } catch (DateTimeParseException e) {
      throw CrmException.validation(
          "'" + value + "' is not a date-time: expected epoch milliseconds or ISO-8601");
    }
  }

  private static List<?> list(Object value, String name) {
    if (value == null) {
      return List.of();
    }
    if (value instanceof List<?> list) {
      return list;
    }
    throw CrmException.validation(name + " must be a list");
  }

  private static Map<?, ?> object(Object value, String name) {
    if (value instanceof Map<?, ?> map) {
      return map;
    }
    throw CrmException.validation(name + " must be an object");
  }

  private static String text(Object value, String name) {
    if (value instanceof String s && !s.isBlank()) {
      return s;
    }
    throw CrmException.validation(name + " is required and must be a string");
  }
}
