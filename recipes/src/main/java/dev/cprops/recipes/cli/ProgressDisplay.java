package dev.cprops.recipes.cli;

import dev.cprops.recipes.runner.RunListener;
import java.io.PrintWriter;

/** Shows a run's progress: bars on a terminal, plain lines otherwise (CI, pipes). */
abstract class ProgressDisplay implements RunListener, AutoCloseable {

  static ProgressDisplay create(boolean terminal, PrintWriter err) {
    return terminal ? new BarProgress(err) : new LineProgress(err);
  }

  @Override
  public void close() {}
}
