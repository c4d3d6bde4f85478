package dev.cprops.connector.bench;

/** How many records a contender created, updated, left unchanged and failed. */
record StatusCounts(int created, int updated, int unchanged, int failed) {}
