package org.socialwork.flow.form;

/**
 * A file sent with a form's {@code filepicker} field (multipart): its name as the browser gave it and its bytes.
 * What a file may be is the taking handler's rule (e.g. inspection evidence: type, signature, size).
 */
public record UploadedFile(String originalName, byte[] content) {

  @Override
  public String toString() {
    return originalName + " (" + content.length + " bytes)";
  }
}
