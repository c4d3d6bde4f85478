package dev.cprops.mock.persistence;

/**
 * The data directory cannot be used: it is locked by another server, unreadable, written by an
 * unknown format version, or corrupt. The message names the file and, for corruption, the offset.
 */
public final class DataDirException extends RuntimeException {
  public DataDirException(String message) {
    super(message);
  }

  public DataDirException(String message, Throwable cause) {
    super(message, cause);
  }
}
