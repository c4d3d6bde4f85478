package dev.cprops.recipes.runner;

/**
 * A lazy {@link Iterable} (e.g. the rows of a file) that can tell, before it is iterated, about how
 * many elements it will give, so a loop over it shows a total, a percentage and an ETA. A {@link
 * java.util.Collection} needs no such help: its {@code size()} is used.
 */
public interface KnownSize {

  /** About how many elements an iteration gives (a quick count), or -1 when that is unknown. */
  long expectedSize();
}
