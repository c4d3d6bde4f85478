package dev.cprops.recipes.runner;

import dev.cprops.connector.spi.Json;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes a run's failed records to a file the user can fix and feed back. A {@code .csv} file has
 * the records' own columns first (so the fixed file reads like the input) and then {@code
 * error_step}, {@code error_field}, {@code error_value} and {@code error_reason} (a record that is
 * not an object, such as a CSV line that could not be parsed, goes whole under {@code record},
 * after the columns); any other name gets JSON Lines, one {@link FailedRecord#toMap()} object a
 * line.
 */
public final class FailedRecordsFile {
  /** The columns a CSV file adds after the records' own. */
  public static final List<String> ERROR_COLUMNS =
      List.of("error_step", "error_field", "error_value", "error_reason");

  /** The file's name in the state directory when none is given. */
  public static final String DEFAULT_NAME = "failed-records.csv";

  private FailedRecordsFile() {}

  /** Writes {@code failures} to {@code file}, replacing what it held. */
  public static void write(Path file, List<FailedRecord> failures) {
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      String text =
          file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv")
              ? csv(failures)
              : jsonLines(failures);
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the failed records to " + file, e);
    }
  }

  private static String jsonLines(List<FailedRecord> failures) {
    StringBuilder text = new StringBuilder();
    for (FailedRecord failure : failures) {
      text.append(Json.compact(failure.toMap())).append('\n');
    }
    return text.toString();
  }

  private static String csv(List<FailedRecord> failures) throws IOException {
    Set<String> columns = new LinkedHashSet<>();
    boolean unparsed = false;
    for (FailedRecord failure : failures) {
      if (failure.record() instanceof Map<?, ?> map) {
        map.keySet().forEach(key -> columns.add(String.valueOf(key)));
      } else {
        unparsed = true;
      }
    }
    columns.removeAll(ERROR_COLUMNS);
    if (unparsed) {
      columns.remove("record");
      columns.add("record");
    }
    List<String> header = new ArrayList<>(columns);
    header.addAll(ERROR_COLUMNS);
    StringWriter text = new StringWriter();
    try (CSVPrinter printer =
        new CSVPrinter(
            text,
            CSVFormat.DEFAULT
                .builder()
                .setRecordSeparator('\n')
                .setHeader(header.toArray(String[]::new))
                .get())) {
      for (FailedRecord failure : failures) {
        List<String> row = new ArrayList<>(header.size());
        for (String column : columns) {
          Object value =
              failure.record() instanceof Map<?, ?> map
                  ? map.get(column)
                  : column.equals("record") ? failure.record() : null;
          row.add(cell(value));
        }
        row.add(failure.step());
        row.add(cell(failure.field()));
        row.add(cell(failure.value()));
        row.add(failure.reason());
        printer.printRecord(row);
      }
    }
    return text.toString();
  }

  private static String cell(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof String text) {
      return text;
    }
    if (value instanceof BigDecimal number) {
      return number.toPlainString();
    }
    return value instanceof Map || value instanceof List ? Json.compact(value) : value.toString();
  }
}
