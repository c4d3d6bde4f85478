/**
 * Internal to the customer-properties connector: not part of its API, and may change in any
 * release. Platforms reach the connector through the SPI ({@code dev.cprops.connector.spi}) and
 * {@link dev.cprops.connector.CustomerPropertiesConnector}; Java programs that call the API
 * directly use {@code dev.cprops.connector.client}.
 */
package dev.cprops.connector.internal.actions;
