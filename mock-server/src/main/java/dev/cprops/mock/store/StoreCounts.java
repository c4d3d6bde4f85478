package dev.cprops.mock.store;

/** How many items the store holds (archived ones included). */
public record StoreCounts(int properties, int customers, int partnerships) {}
