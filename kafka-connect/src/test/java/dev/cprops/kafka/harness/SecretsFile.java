package dev.cprops.kafka.harness;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.common.config.provider.FileConfigProvider;

/**
 * Secrets handed to Connect by reference, as a deployment should: a properties file readable by its
 * owner only, named in connector configs as {@code ${file:<path>:<name>}} and resolved by Kafka's
 * {@link FileConfigProvider} on the workers. Connect's REST API answers a connector's config as it
 * was submitted (and Kafka's test harness logs those answers), so the secret itself never reaches
 * an answer or a log.
 */
public final class SecretsFile {
  /** The worker settings that enable the {@code file} config provider. */
  public static final Map<String, String> WORKER_PROPS =
      Map.of(
          "config.providers",
          "file",
          "config.providers.file.class",
          FileConfigProvider.class.getName());

  private final Path file;
  private final Properties values = new Properties();

  private SecretsFile(Path file) {
    this.file = file;
  }

  /** A new, empty file in the temporary directory, deleted when the JVM exits. */
  public static SecretsFile create() {
    try {
      Path file =
          Files.createTempFile(
              "connect-secrets",
              ".properties",
              PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      file.toFile().deleteOnExit();
      return new SecretsFile(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Stores {@code secret} under {@code name} and answers the placeholder a connector config holds
   * instead of it.
   */
  public synchronized String reference(String name, String secret) {
    values.setProperty(name, secret);
    try (OutputStream out = Files.newOutputStream(file)) {
      values.store(out, null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return "${file:" + file + ":" + name + "}";
  }
}
