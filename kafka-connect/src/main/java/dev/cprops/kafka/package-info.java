/**
 * Runs any connector of the SPI on Kafka Connect: {@link dev.cprops.kafka.sink.SpiSinkConnector}
 * writes batches of records through one of the connector's actions, {@link
 * dev.cprops.kafka.source.SpiSourceConnector} publishes the events of one of its polling triggers.
 * Connectors are found with {@link java.util.ServiceLoader}; their connection fields and operation
 * inputs become the plugin's configuration ({@link dev.cprops.kafka.config}).
 */
package dev.cprops.kafka;
