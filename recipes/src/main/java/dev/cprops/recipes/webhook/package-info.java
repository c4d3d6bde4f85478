/**
 * The local end of webhook triggers: an HTTP receiver (the JDK's built-in server) that hands each
 * notification to the runner and answers with the outcome, and the listen address it binds.
 */
package dev.cprops.recipes.webhook;
