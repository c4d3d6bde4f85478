package dev.cprops.recipes.crm;

import dev.cprops.connector.spi.InputException;
import java.util.Arrays;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;

/**
 * Where the company trigger stands: the last-modified time (epoch ms) of the last company it
 * emitted, and the ids it emitted at exactly that time. The next poll searches {@code
 * hs_lastmodifieddate >= time} and skips those ids, so nothing is missed and nothing is emitted
 * twice whatever the server does with ties. Written {@code v1:<time>:<id>,<id>...}.
 *
 * @param time epoch milliseconds
 * @param ids the ids emitted at {@code time}
 */
record CompanyCursor(long time, Set<String> ids) {
  private static final String VERSION = "v1";

  CompanyCursor {
    ids = Collections.unmodifiableSet(new TreeSet<>(ids));
  }

  static CompanyCursor parse(String text) {
    String[] parts = text.split(":", -1);
    if (parts.length == 3 && parts[0].equals(VERSION) && parts[1].matches("\\d{1,15}")) {
      Set<String> ids = new TreeSet<>();
      if (!parts[2].isEmpty()) {
        ids.addAll(Arrays.asList(parts[2].split(",")));
      }
      return new CompanyCursor(Long.parseLong(parts[1]), ids);
    }
    throw new InputException("cursor", text, "a cursor of this trigger (v1:<ms>:<ids>)");
  }

  boolean covers(long at, String id) {
    return at < time || (at == time && ids.contains(id));
  }

  @Override
  public String toString() {
    return VERSION + ":" + time + ":" + String.join(",", ids);
  }
}
