package dev.cprops.kafka.sink;

import dev.cprops.connector.spi.ConnectorException;
import dev.cprops.kafka.PluginVersion;
import dev.cprops.kafka.config.PluginConfig;
import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.errors.RetriableException;
import org.apache.kafka.connect.sink.ErrantRecordReporter;
import org.apache.kafka.connect.sink.SinkRecord;
import org.apache.kafka.connect.sink.SinkTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes each batch Connect delivers through the configured SPI action ({@link SinkWriter}). {@link
 * #put} returns only when every record is written or handed to the dead-letter queue, and {@link
 * #flush} waits for the dead-letter queue, so the offsets Connect commits after it cover only
 * records that were dealt with: a crash loses nothing.
 */
public class SpiSinkTask extends SinkTask {
  private static final Logger log = LoggerFactory.getLogger(SpiSinkTask.class);

  private SinkWriter writer;
  private RejectedRecords rejected;
  private Retries retries;

  @Override
  public String version() {
    return PluginVersion.get();
  }

  @Override
  public void start(Map<String, String> props) {
    PluginConfig config = PluginConfig.parse(SinkKind.INSTANCE, props);
    retries =
        new Retries(
            config.getInt(SinkKind.RETRY_ATTEMPTS),
            Duration.ofMillis(config.getLong(SinkKind.RETRY_BACKOFF_MS)),
            Duration.ofMillis(config.getLong(SinkKind.RETRY_BACKOFF_MAX_MS)));
    rejected = new RejectedRecords(reporter());
    try {
      writer =
          new SinkWriter(
              SinkKind.action(config),
              config.connect(),
              config.input(),
              SinkKind.recordsField(config.operation()).orElse(null),
              config.getString(SinkKind.KEY_COLUMN),
              retries,
              rejected);
    } catch (ConnectorException e) {
      throw new ConnectException("Cannot start " + config.describe() + ": " + e.getMessage(), e);
    }
    log.info("Sink task started: {}", config.describe());
  }

  private ErrantRecordReporter reporter() {
    try {
      return context.errantRecordReporter();
    } catch (NoSuchMethodError | NoClassDefFoundError e) {
      return null; // a worker older than Kafka 2.6
    }
  }

  @Override
  public void put(Collection<SinkRecord> records) {
    if (records.isEmpty()) {
      return;
    }
    try {
      writer.write(records);
    } catch (RetriableException e) {
      context.timeout(retries.maxBackoff().toMillis());
      throw e;
    }
  }

  @Override
  public void flush(Map<TopicPartition, OffsetAndMetadata> currentOffsets) {
    rejected.awaitReported();
  }

  @Override
  public void stop() {
    if (writer != null) {
      log.info(
          "Sink task stopped: {} records written, {} rejected", writer.written(), rejected.count());
    }
  }
}
