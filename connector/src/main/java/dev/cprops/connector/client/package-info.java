/**
 * The documented Java client for the customer-properties API, useful on its own: {@link
 * dev.cprops.connector.client.CustomerPropertiesClient} (typed calls, retries, create
 * reconciliation, lazy paging, redacted logging) configured by {@link
 * dev.cprops.connector.client.ClientConfig}, and the API's values as records ({@link
 * dev.cprops.connector.client.Customer}, {@link dev.cprops.connector.client.PropertyDefinition},
 * ...). Its errors are the connector SPI's exceptions. Everything not public here is an
 * implementation detail.
 */
package dev.cprops.connector.client;
