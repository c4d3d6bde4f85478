package dev.cprops.recipes.apps;

import dev.cprops.connector.spi.Action;
import dev.cprops.connector.spi.Connection;
import dev.cprops.connector.spi.ControlType;
import dev.cprops.connector.spi.Field;
import dev.cprops.connector.spi.FieldType;
import dev.cprops.connector.spi.InputException;
import dev.cprops.connector.spi.Inputs;
import dev.cprops.recipes.failure.FileErrors;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;

/**
 * {@code csv.read}: opens a CSV file as a lazy {@link RowStream}. A step that loops over {@code
 * {{steps.<id>.rows}}} reads the file row by row (or in batches with {@code batch_size}), never
 * holding it whole.
 */
final class CsvReadAction implements Action {

  @Override
  public String id() {
    return "read";
  }

  @Override
  public String title() {
    return "Read CSV file";
  }

  @Override
  public String help() {
    return "Reads a CSV file row by row; loop over its rows with for_each (and batch_size for"
        + " batches). A bad row (an unclosed quote, a ragged row, a repeated unique key) fails"
        + " alone, under the loop step's on_error, naming the file, line and column.";
  }

  @Override
  public List<Field> inputFields(Connection connection) {
    return List.of(
        Field.builder("path", FieldType.STRING)
            .label("File path")
            .optional(false)
            .hint("The CSV file to read, relative to the working directory or absolute.")
            .build(),
        Field.builder("delimiter", FieldType.STRING)
            .label("Delimiter")
            .hint("one character; default ','; 'tab' for tabs")
            .build(),
        Field.builder("header", FieldType.BOOLEAN)
            .label("First row is a header")
            .controlType(ControlType.CHECKBOX)
            .hint("default true; false names the columns column_1, column_2, ...")
            .build(),
        Field.builder("trim", FieldType.BOOLEAN)
            .label("Trim cells")
            .controlType(ControlType.CHECKBOX)
            .hint("default false")
            .build(),
        Field.builder("skip_empty", FieldType.BOOLEAN)
            .label("Leave empty cells out")
            .controlType(ControlType.CHECKBOX)
            .hint(
                "default false; true leaves a row's empty cells out (absent rather than \"\"),"
                    + " so a sync does not write empty text over missing values")
            .build(),
        Field.builder("unique", FieldType.STRING)
            .label("Unique column")
            .hint(
                "a header column whose values must not repeat (the key the rows are upserted"
                    + " by): a row repeating an earlier row's value is reported and left out")
            .build());
  }

  @Override
  public List<Field> outputFields(Connection connection) {
    return List.of(
        Field.builder("path", FieldType.STRING).label("File path").build(),
        Field.builder("rows", FieldType.ARRAY)
            .label("Rows")
            .of(FieldType.OBJECT)
            .hint("read lazily, one row at a time")
            .build());
  }

  @Override
  public Map<String, Object> execute(Connection connection, Map<String, Object> input) {
    Path path =
        Path.of(Inputs.requiredString(input, "path", "a file path")).toAbsolutePath().normalize();
    FileErrors.unreadable(path)
        .ifPresent(
            reason -> {
              throw new InputException("path", path.toString(), "a readable CSV file: " + reason);
            });
    CSVFormat format =
        CSVFormat.DEFAULT
            .builder()
            .setDelimiter(CsvDelimiter.of(input))
            .setIgnoreEmptyLines(true)
            .setTrim(Inputs.bool(input, "trim", false))
            .get();
    Map<String, Object> output = new LinkedHashMap<>();
    output.put("path", path.toString());
    output.put(
        "rows",
        new RowStream(
            path,
            format,
            Inputs.bool(input, "header", true),
            Inputs.bool(input, "skip_empty", false),
            Inputs.string(input, "unique").orElse(null)));
    return output;
  }
}
