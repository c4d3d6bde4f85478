package dev.cprops.mock.values;

/** One option of a dropdown property. */
public record DropdownOption(String label, String value) {}
