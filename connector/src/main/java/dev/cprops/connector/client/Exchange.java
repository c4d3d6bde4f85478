package dev.cprops.connector.client;

/**
 * The final answer to a request after retries.
 *
 * @param label the request as messages show it, e.g. {@code "POST /customers"}
 * @param result the last answer
 * @param attempts how many requests were made
 * @param outcomeUnknown whether an earlier attempt may have been processed although its answer was
 *     lost (a transport failure or a 5xx)
 */
record Exchange(String label, HttpResult result, int attempts, boolean outcomeUnknown) {}
