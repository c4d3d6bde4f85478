package dev.cprops.mock.api;

import dev.cprops.mock.errors.ErrorCode;
import dev.cprops.mock.store.CustomerFilter;
import dev.cprops.mock.store.PageRequest;
import dev.cprops.mock.store.SortOrder;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;

/** The query parameters of lists: paging, ordering, and the customer filters. */
final class ListParameters {
  static final Set<String> PAGING = Set.of("limit", "starting_after", "ending_before", "order_by");
  static final Set<String> CUSTOMER_FILTERS =
      Set.of(
          "email",
          "customer_key",
          "partner_key",
          "min_created",
          "max_created",
          "min_updated",
          "max_updated",
          "include_archived",
          "expand");

  private static final String ORDERS =
      Arrays.stream(SortOrder.values()).map(SortOrder::apiName).collect(Collectors.joining(", "));

  private ListParameters() {}

  static Set<String> with(Set<String> a, String... more) {
    Set<String> all = new HashSet<>(a);
    all.addAll(Arrays.asList(more));
    return all;
  }

  static Set<String> with(Set<String> a, Set<String> b) {
    Set<String> all = new HashSet<>(a);
    all.addAll(b);
    return all;
  }

  static PageRequest pageRequest(QueryParameters query) {
    int limit = query.integer("limit", PageRequest.DEFAULT_LIMIT, 1, PageRequest.MAX_LIMIT);
    String startingAfter = query.string("starting_after");
    String endingBefore = query.string("ending_before");
    if (startingAfter != null && endingBefore != null) {
      throw ApiException.badRequest(
          "ending_before",
          ErrorCode.EXCLUSIVE_PARAMETERS,
          "starting_after and ending_before cannot be used together");
    }
    String orderBy = query.string("order_by");
    SortOrder order =
        orderBy == null
            ? SortOrder.DEFAULT
            : SortOrder.fromApiName(orderBy)
                .orElseThrow(
                    () ->
                        ApiException.badRequest(
                            "order_by",
                            ErrorCode.INVALID_PARAMETER,
                            "order_by must be one of " + ORDERS + ", got '" + orderBy + "'"));
    return new PageRequest(
        limit, startingAfter, endingBefore, order, Long.MIN_VALUE, Long.MAX_VALUE);
  }

  static CustomerFilter customerFilter(QueryParameters query) {
    return new CustomerFilter(
        query.string("email"),
        query.string("customer_key"),
        query.string("partner_key"),
        query.epochMillis("min_created", Long.MIN_VALUE),
        query.epochMillis("max_created", Long.MAX_VALUE),
        query.epochMillis("min_updated", Long.MIN_VALUE),
        query.epochMillis("max_updated", Long.MAX_VALUE),
        query.bool("include_archived"));
  }

  /** Whether {@code expand=fields} was asked for (the only expansion there is). */
  static boolean expandFields(QueryParameters query) {
    String expand = query.string("expand");
    if (expand == null) {
      return false;
    }
    if (expand.equals("fields")) {
      return true;
    }
    throw ApiException.badRequest(
        "expand", ErrorCode.INVALID_PARAMETER, "expand must be 'fields', got '" + expand + "'");
  }
}
