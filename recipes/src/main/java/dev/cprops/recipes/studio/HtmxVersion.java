package dev.cprops.recipes.studio;

/** The htmx version of the webjar on the class path (the parent pom's {@code htmx.version}). */
final class HtmxVersion {
  static final String VERSION = "2.0.10";

  private HtmxVersion() {}
}
