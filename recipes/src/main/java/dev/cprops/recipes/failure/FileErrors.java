package dev.cprops.recipes.failure;

import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Optional;

/** Says why a file could not be read or written, in words instead of an exception's class name. */
public final class FileErrors {
  private FileErrors() {}

  /**
   * One line (for an I/O failure, or a file whose content could not be used): {@code "cannot read
   * recipe file x.json: no such file (looked for /work/x.json)"}.
   *
   * @param verb what was tried, e.g. {@code "read"}
   * @param what what the file is, e.g. {@code "recipe file"}
   */
  public static String describe(String verb, String what, Path file, Exception e) {
    Path absolute = file.toAbsolutePath().normalize();
    return "cannot "
        + verb
        + " "
        + what
        + " "
        + file
        + ": "
        + reason(file, e)
        + (file.isAbsolute() || !(e instanceof NoSuchFileException)
            ? ""
            : " (looked for " + absolute + ")");
  }

  /**
   * Why a file that is to be read cannot be, found without reading it; empty when it looks
   * readable.
   */
  public static Optional<String> unreadable(Path file) {
    if (!Files.exists(file)) {
      return Optional.of(reason(file, new NoSuchFileException(file.toString())));
    }
    if (Files.isDirectory(file)) {
      return Optional.of("it is a directory, not a file");
    }
    if (!Files.isReadable(file)) {
      return Optional.of("permission denied; check the file's permissions");
    }
    return Optional.empty();
  }

  /** Why, e.g. {@code "no such file"} or {@code "permission denied; check ..."}. */
  public static String reason(Path file, Exception e) {
    Path absolute = file.toAbsolutePath().normalize();
    for (Path up = absolute.getParent(); up != null; up = up.getParent()) {
      if (Files.exists(up)) {
        if (!Files.isDirectory(up)) {
          return up + " is a file, not a directory";
        }
        break;
      }
    }
    if (e instanceof NoSuchFileException) {
      Path parent = absolute.getParent();
      if (parent != null && !Files.isDirectory(parent)) {
        return "no such directory " + parent;
      }
      return "no such file";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied; check the file's permissions";
    }
    if (e instanceof NotDirectoryException) {
      return "a part of the path is a file, not a directory";
    }
    if (e instanceof FileAlreadyExistsException) {
      return "it already exists";
    }
    if (e instanceof DirectoryNotEmptyException) {
      return "the directory is not empty";
    }
    if (Files.isDirectory(absolute)) {
      return "it is a directory, not a file";
    }
    String message =
        e instanceof java.nio.file.FileSystemException fs && fs.getReason() != null
            ? fs.getReason()
            : e.getMessage();
    return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
  }
}
