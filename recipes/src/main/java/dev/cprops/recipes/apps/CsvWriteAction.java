package dev.cprops.recipes.apps;

import dev.cprops.connector.spi.Action;
import dev.cprops.connector.spi.Connection;
import dev.cprops.connector.spi.ControlType;
import dev.cprops.connector.spi.Field;
import dev.cprops.connector.spi.FieldType;
import dev.cprops.connector.spi.InputException;
import dev.cprops.connector.spi.Inputs;
import dev.cprops.connector.spi.Json;
import dev.cprops.connector.spi.TransientException;
import dev.cprops.recipes.failure.FileErrors;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * {@code csv.write}: writes rows (a list of objects, or one {@code row}) to a CSV file, replacing
 * it or appending to it. Columns are {@code columns} when given, else the header of the file being
 * appended to, else the keys of the first row; keys outside the columns are not written.
 */
final class CsvWriteAction implements Action {

  @Override
  public String id() {
    return "write";
  }

  @Override
  public String title() {
    return "Write CSV file";
  }

  @Override
  public String help() {
    return "Writes rows to a CSV file; with append, adds them to its end (the header is written only to a new or empty file).";
  }

  @Override
  public List<Field> inputFields(Connection connection) {
    return List.of(
        Field.builder("path", FieldType.STRING)
            .label("File path")
            .optional(false)
            .hint("The CSV file to write, relative to the working directory or absolute.")
            .build(),
        Field.builder("rows", FieldType.ARRAY)
            .label("Rows")
            .of(FieldType.OBJECT)
            .hint("a list of objects; or give row")
            .build(),
        Field.builder("row", FieldType.OBJECT)
            .label("Row")
            .hint("one object; or give rows")
            .build(),
        Field.builder("columns", FieldType.ARRAY)
            .label("Columns")
            .of(FieldType.STRING)
            .hint("default: the existing header, else the first row's keys")
            .build(),
        Field.builder("delimiter", FieldType.STRING)
            .label("Delimiter")
            .hint("one character; default ','")
            .build(),
        Field.builder("append", FieldType.BOOLEAN)
            .label("Append")
            .controlType(ControlType.CHECKBOX)
            .hint("default false: the file is replaced")
            .build(),
        Field.builder("header", FieldType.BOOLEAN)
            .label("Write a header")
            .controlType(ControlType.CHECKBOX)
            .hint("default true")
            .build());
  }

  @Override
  public List<Field> outputFields(Connection connection) {
    return List.of(
        Field.builder("path", FieldType.STRING).label("File path").build(),
        Field.builder("written", FieldType.INTEGER).label("Rows written").build());
  }

  @Override
  public Map<String, Object> execute(Connection connection, Map<String, Object> input) {
    Path path =
        Path.of(Inputs.requiredString(input, "path", "a file path")).toAbsolutePath().normalize();
    List<Map<?, ?>> rows = rows(input);
    char delimiter = CsvDelimiter.of(input);
    boolean append = Inputs.bool(input, "append", false);
    boolean header = Inputs.bool(input, "header", true);
    try {
      boolean fresh = !append || !Files.exists(path) || Files.size(path) == 0;
      List<String> columns = columns(input, rows, path, delimiter, fresh, header);
      CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).get();
      if (path.getParent() != null) {
        Files.createDirectories(path.getParent());
      }
      try (Writer writer = open(path, fresh);
          CSVPrinter printer = new CSVPrinter(writer, format)) {
        if (fresh && header) {
          printer.printRecord(columns);
        }
        for (Map<?, ?> row : rows) {
          List<String> cells = new ArrayList<>(columns.size());
          for (String column : columns) {
            cells.add(Inputs.text(row.get(column)));
          }
          printer.printRecord(cells);
        }
      }
    } catch (IOException e) {
      throw new TransientException(FileErrors.describe("write", "CSV file", path, e), e, 1);
    }
    Map<String, Object> output = new LinkedHashMap<>();
    output.put("path", path.toString());
    output.put("written", BigDecimal.valueOf(rows.size()));
    return output;
  }

  private static Writer open(Path path, boolean fresh) throws IOException {
    return fresh
        ? Files.newBufferedWriter(path, StandardCharsets.UTF_8)
        : Files.newBufferedWriter(path, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
  }

  private static List<Map<?, ?>> rows(Map<String, Object> input) {
    List<?> items;
    if (input.get("row") != null) {
      items = List.of(input.get("row"));
    } else if (input.containsKey("rows")) {
      items = Inputs.list(input, "rows");
    } else {
      throw new InputException("rows", null, "a list of objects in rows, or one object in row");
    }
    List<Map<?, ?>> rows = new ArrayList<>(items.size());
    for (int i = 0; i < items.size(); i++) {
      if (!(items.get(i) instanceof Map<?, ?> row)) {
        throw new InputException(
            "rows[" + i + "]",
            Inputs.text(items.get(i)),
            "an object, not " + Json.kind(items.get(i)));
      }
      rows.add(row);
    }
    return rows;
  }

  private static List<String> columns(
      Map<String, Object> input,
      List<Map<?, ?>> rows,
      Path path,
      char delimiter,
      boolean fresh,
      boolean header)
      throws IOException {
    if (input.get("columns") != null) {
      return Inputs.list(input, "columns").stream().map(Inputs::text).toList();
    }
    if (!fresh && header) {
      CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).get();
      try (var parser = format.parse(Files.newBufferedReader(path, StandardCharsets.UTF_8))) {
        var records = parser.iterator();
        if (records.hasNext()) {
          CSVRecord first = records.next();
          return first.stream().map(String::strip).toList();
        }
      }
    }
    return rows.isEmpty() ? List.of() : rows.get(0).keySet().stream().map(String::valueOf).toList();
  }
}
