package dev.cprops.recipes.apps;

import dev.cprops.connector.spi.Action;
import dev.cprops.connector.spi.Connection;
import dev.cprops.connector.spi.ControlType;
import dev.cprops.connector.spi.Field;
import dev.cprops.connector.spi.FieldType;
import dev.cprops.connector.spi.Inputs;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;

/** {@code log.info}: prints a message (usually with pills) to the run's output. */
final class LogInfoAction implements Action {
  private final PrintWriter out;

  LogInfoAction(PrintWriter out) {
    this.out = out;
  }

  @Override
  public String id() {
    return "info";
  }

  @Override
  public String title() {
    return "Log a message";
  }

  @Override
  public String help() {
    return "Prints the message to the run's output.";
  }

  @Override
  public List<Field> inputFields(Connection connection) {
    return List.of(
        Field.builder("message", FieldType.STRING)
            .label("Message")
            .controlType(ControlType.TEXT_AREA)
            .optional(false)
            .hint("The line to print; data pills such as {{trigger.email}} are filled in.")
            .build());
  }

  @Override
  public List<Field> outputFields(Connection connection) {
    return List.of(Field.builder("message", FieldType.STRING).label("Message").build());
  }

  @Override
  public Map<String, Object> execute(Connection connection, Map<String, Object> input) {
    String message = Inputs.requiredString(input, "message", "the text to log");
    synchronized (out) {
      out.println(message);
      out.flush();
    }
    return Map.of("message", message);
  }
}
