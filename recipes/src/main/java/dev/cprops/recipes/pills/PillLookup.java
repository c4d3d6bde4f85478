package dev.cprops.recipes.pills;

import dev.cprops.connector.spi.Json;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** Follows a pill's path through a scope. */
final class PillLookup {
  /** Thrown inside the lookup when part of the path is missing; carries the reason. */
  static final class Missing extends Exception {
    Missing(String reason) {
      super(reason, null, false, false);
    }
  }

  private PillLookup() {}

  static Object find(Pill pill, PillScope scope) throws Missing {
    Object value;
    StringBuilder where = new StringBuilder();
    switch (pill.root()) {
      case TRIGGER -> {
        value = scope.trigger();
        where.append("the trigger event");
      }
      case RECIPE -> {
        value = scope.recipe();
        where.append("recipe");
      }
      case ITEM -> {
        if (!scope.inLoop()) {
          throw new Missing("{{item}} exists only inside a for_each loop");
        }
        value = scope.item();
        where.append("item");
      }
      case STEPS -> {
        if (!scope.steps().containsKey(pill.stepId())) {
          throw new Missing("no step '" + pill.stepId() + "' has run before this step");
        }
        value = scope.steps().get(pill.stepId());
        where.append("steps.").append(pill.stepId());
      }
      default -> throw new IllegalStateException(pill.root().toString());
    }
    for (Object segment : pill.path()) {
      value = step(value, segment, where.toString());
      where.append(segment instanceof Integer ? "[" + segment + "]" : "." + segment);
    }
    return value;
  }

  private static Object step(Object value, Object segment, String where) throws Missing {
    if (value == null) {
      throw new Missing(where + " is null");
    }
    if (segment instanceof Integer index) {
      if (value instanceof List<?> list) {
        if (index >= list.size()) {
          throw new Missing(where + " has no element [" + index + "] (it has " + list.size() + ")");
        }
        return list.get(index);
      }
      if (value instanceof Iterable<?> items) {
        return nth(items, index, where);
      }
      if (value instanceof Map<?, ?> map && map.containsKey(segment.toString())) {
        return map.get(segment.toString());
      }
      throw new Missing(where + " is " + Json.kind(value) + ", not a list");
    }
    if (value instanceof Map<?, ?> map) {
      if (!map.containsKey(segment)) {
        throw new Missing(where + " has no key '" + segment + "'");
      }
      return map.get(segment);
    }
    throw new Missing(where + " is " + Json.kind(value) + ", not an object");
  }

  private static Object nth(Iterable<?> items, int index, String where) throws Missing {
    Iterator<?> iterator = items.iterator();
    try {
      for (int i = 0; iterator.hasNext(); i++) {
        Object item = iterator.next();
        if (i == index) {
          return item;
        }
      }
    } finally {
      if (iterator instanceof AutoCloseable closeable) {
        try {
          closeable.close();
        } catch (Exception e) {
          // closing a finished read cannot lose data; the value was already read
        }
      }
    }
    throw new Missing(where + " has no element [" + index + "]");
  }
}
