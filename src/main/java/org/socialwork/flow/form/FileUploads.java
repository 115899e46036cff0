package org.socialwork.flow.form;

import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What every upload (inspection evidence, a venture's signed agreement) checks the same way: a usable file name and a
 * content that is what its extension says, judged by the leading bytes, never by the browser's content type. Which
 * extensions a capability accepts, and how large a file may be, is that capability's rule.
 */
public final class FileUploads {

  /** Extension → content type of every kind of file the checks know. */
  public static final Map<String, String> TYPES = Map.of("jpg", "image/jpeg", "jpeg", "image/jpeg",
      "png", "image/png", "pdf", "application/pdf",
      "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

  /** Longest file name taken as sent (it is shortened to 100 characters for storing). */
  public static final int MAX_NAME = 200;

  private FileUploads() {
  }

  /** Whether a browser's file name may be taken at all: not too long, no control or unusual characters. */
  public static boolean acceptableName(String original) {
    return original == null || (original.length() <= MAX_NAME && TextCharacters.acceptable(original));
  }

  /**
   * The last path segment of a browser's file name, without control characters and characters that mean something
   * to file systems or headers; at most 100 characters; empty unless it keeps one of the {@code allowed} extensions.
   */
  public static Optional<String> safeName(String original, Collection<String> allowed) {
    String name = original == null ? "" : original;
    name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    name = name.replaceAll("[\\p{Cntrl}\"<>:|?*%;]", "_").replaceAll("\\s+", " ").strip();
    name = name.replaceAll("^[.\\s]+", "");
    int dot = name.lastIndexOf('.');
    if (dot <= 0 || !allowed.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT))) {
      return Optional.empty();
    }
    if (name.length() > 100) {
      name = name.substring(0, 100 - (name.length() - dot)) + name.substring(dot);
    }
    return Optional.of(name);
  }

  /** The lower-case extension of a name {@link #safeName} returned. */
  public static String extension(String safeName) {
    return safeName.substring(safeName.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
  }

  /** Whether the content starts with the signature of the extension's type (false for unknown extensions). */
  public static boolean contentMatches(String extension, byte[] c) {
    return switch (extension) {
      case "jpg", "jpeg" -> startsWith(c, 0xFF, 0xD8, 0xFF);
      case "png" -> startsWith(c, 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A);
      case "pdf" -> startsWith(c, 0x25, 0x50, 0x44, 0x46, 0x2D);
      case "docx", "xlsx" -> startsWith(c, 0x50, 0x4B, 0x03, 0x04);
      default -> false;
    };
  }

  private static boolean startsWith(byte[] c, int... signature) {
    if (c == null || c.length < signature.length) {
      return false;
    }
    for (int i = 0; i < signature.length; i++) {
      if (c[i] != (byte) signature[i]) {
        return false;
      }
    }
    return true;
  }
}
