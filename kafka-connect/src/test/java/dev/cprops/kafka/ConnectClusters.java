package dev.cprops.kafka;

import dev.cprops.kafka.harness.SecretsFile;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.connect.util.clusters.EmbeddedConnectCluster;

/**
 * Kafka's in-JVM Connect cluster as these tests need it: one KRaft broker and three workers on
 * 127.0.0.1, plugins found through their service files, lost workers' tasks moved at once.
 */
final class ConnectClusters {
  static final int WORKERS = 3;

  private ConnectClusters() {}

  /** A started cluster; {@code extraWorkerProps} are added to every worker's configuration. */
  static EmbeddedConnectCluster start(String name, Map<String, String> extraWorkerProps) {
    return start(name, extraWorkerProps, new Properties());
  }

  /**
   * A started cluster whose workers run sources with exactly-once support: each source task's
   * records and offsets commit in Kafka transactions (the one broker keeps the transaction log).
   */
  static EmbeddedConnectCluster startExactlyOnce(String name) {
    Properties brokerProps = new Properties();
    brokerProps.put("transaction.state.log.replication.factor", "1");
    brokerProps.put("transaction.state.log.min.isr", "1");
    return start(name, Map.of("exactly.once.source.support", "enabled"), brokerProps);
  }

  private static EmbeddedConnectCluster start(
      String name, Map<String, String> extraWorkerProps, Properties extraBrokerProps) {
    Map<String, String> workerProps = new HashMap<>();
    workerProps.put("scheduled.rebalance.max.delay.ms", "0");
    workerProps.put("plugin.discovery", "service_load");
    workerProps.put("offset.flush.interval.ms", "1000");
    workerProps.put("rest.advertised.host.name", "127.0.0.1");
    // Secrets go in by reference (${file:...}), never in plain text: see SecretsFile.
    workerProps.putAll(SecretsFile.WORKER_PROPS);
    workerProps.putAll(extraWorkerProps);
    Properties brokerProps = new Properties();
    brokerProps.put("auto.create.topics.enable", "false");
    brokerProps.putAll(extraBrokerProps);
    EmbeddedConnectCluster cluster =
        new EmbeddedConnectCluster.Builder()
            .name(name)
            .numWorkers(WORKERS)
            .numBrokers(1)
            .workerProps(workerProps)
            .brokerProps(brokerProps)
            .build();
    cluster.start();
    return cluster;
  }

  /** A producer that keeps order and loses nothing: one request in flight, acks from all. */
  static KafkaProducer<byte[], byte[]> producer(EmbeddedConnectCluster cluster) {
    Map<String, Object> props = new HashMap<>();
    props.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 1);
    props.put(ProducerConfig.ACKS_CONFIG, "all");
    return cluster.kafka().createProducer(props);
  }
}
