package dev.cprops.recipes.cli;

/** The entry point of {@code recipe.jar}. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(RecipeCommand.commandLine(CliContext.system()).execute(args));
  }
}
