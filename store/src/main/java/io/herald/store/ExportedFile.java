package io.herald.store;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One file an export wrote.
 *
 * @param path where it is
 * @param rows data rows written (header excluded)
 */
public record ExportedFile(Path path, long rows) {
  public ExportedFile {
    Objects.requireNonNull(path, "path");
    if (rows < 0) {
      throw new IllegalArgumentException("negative row count " + rows + " for " + path);
    }
  }
}
