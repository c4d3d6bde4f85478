package dev.cprops.kafka;

/** The plugin's version, as Connect's REST API reports it. */
public final class PluginVersion {
  private PluginVersion() {}

  /** The version from the jar's manifest, or {@code "dev"} when run from classes. */
  public static String get() {
    String version = PluginVersion.class.getPackage().getImplementationVersion();
    return version == null ? "dev" : version;
  }
}
