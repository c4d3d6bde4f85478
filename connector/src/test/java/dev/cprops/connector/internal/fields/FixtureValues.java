package dev.cprops.connector.internal.fields;

import dev.cprops.connector.spi.Json;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;

/** Reads the value notation of the coercion fixtures (see {@code coercion/values.txt}). */
final class FixtureValues {
  private FixtureValues() {}

  /** Splits a line on {@code |} outside double quotes, trimming each cell. */
  static List<String> cells(String line) {
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '\\' && quoted) {
        cell.append(c).append(line.charAt(++i));
        continue;
      }
      if (c == '"') {
        quoted = !quoted;
      }
      if (c == '|' && !quoted && cells.size() < 3) {
        cells.add(cell.toString().trim());
        cell.setLength(0);
      } else {
        cell.append(c);
      }
    }
    cells.add(cell.toString().trim());
    return cells;
  }

  static Object value(String notation) {
    if (notation.equals("null")) {
      return null;
    }
    if (notation.startsWith("\"")) {
      return unquote(notation);
    }
    int colon = notation.indexOf(':');
    String tag = notation.substring(0, colon);
    String text = notation.substring(colon + 1);
    return switch (tag) {
      case "int" -> Integer.valueOf(text);
      case "long" -> Long.valueOf(text);
      case "dec" -> new BigDecimal(text);
      case "dbl" -> Double.valueOf(text);
      case "flt" -> Float.valueOf(text);
      case "bool" -> Boolean.valueOf(text);
      case "date" -> LocalDate.parse(text);
      case "instant" -> Instant.parse(text);
      case "odt" -> OffsetDateTime.parse(text);
      case "ldt" -> LocalDateTime.parse(text);
      case "utildate" -> new Date(Long.parseLong(text));
      case "list" -> Arrays.asList(text.split(","));
      case "map" -> Map.of("k", "v");
      case "repeat" -> {
        String[] parts = text.split(":");
        yield parts[0].repeat(Integer.parseInt(parts[1]));
      }
      default -> throw new IllegalArgumentException("unknown notation: " + notation);
    };
  }

  /** How an error message shows a value: quoted, cut after 80 characters. */
  static String shown(Object value) {
    String text =
        value instanceof BigDecimal d
            ? d.toPlainString()
            : value instanceof Map || value instanceof List
                ? Json.compact(value)
                : String.valueOf(value);
    return "'" + (text.length() <= 80 ? text : text.substring(0, 80) + "...") + "'";
  }

  private static String unquote(String quoted) {
    if (!quoted.endsWith("\"") || quoted.length() < 2) {
      throw new IllegalArgumentException("unterminated string: " + quoted);
    }
    String body = quoted.substring(1, quoted.length() - 1);
    StringBuilder out = new StringBuilder(body.length());
    for (int i = 0; i < body.length(); i++) {
      char c = body.charAt(i);
      if (c != '\\') {
        out.append(c);
        continue;
      }
      char next = body.charAt(++i);
      switch (next) {
        case 'n' -> out.append('\n');
        case 't' -> out.append('\t');
        case '"' -> out.append('"');
        case '\\' -> out.append('\\');
        case 'u' -> {
          out.append((char) Integer.parseInt(body.substring(i + 1, i + 5), 16));
          i += 4;
        }
        default -> throw new IllegalArgumentException("unknown escape \\" + next);
      }
    }
    return out.toString();
  }
}
