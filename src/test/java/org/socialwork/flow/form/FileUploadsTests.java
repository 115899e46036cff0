package org.socialwork.flow.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** The checks every upload shares, with the extensions the caller allows (an agreement: PDF, JPG, PNG only). */
class FileUploadsTests {

  static final Set<String> AGREEMENT = Set.of("pdf", "jpg", "jpeg", "png");

  @Test
  void aNameIsReducedToItsLastSegmentAndMustKeepAnAllowedExtension() {
    assertThat(FileUploads.safeName("C:\\扫描\\三方协议 1.PDF", AGREEMENT)).contains("三方协议 1.PDF");
    assertThat(FileUploads.safeName("../../协议.png", AGREEMENT)).contains("协议.png");
    assertThat(FileUploads.safeName("协议.docx", AGREEMENT)).isEmpty();
    assertThat(FileUploads.safeName("协议.docx", FileUploads.TYPES.keySet())).contains("协议.docx");
    assertThat(FileUploads.safeName(".pdf", AGREEMENT)).isEmpty();
    assertThat(FileUploads.safeName(null, AGREEMENT)).isEmpty();
    assertThat(FileUploads.extension("三方协议 1.PDF")).isEqualTo("pdf");
  }

  @Test
  void theContentMustStartWithTheSignatureOfItsExtension() {
    byte[] pdf = "%PDF-1.7\n".getBytes();
    assertThat(FileUploads.contentMatches("pdf", pdf)).isTrue();
    assertThat(FileUploads.contentMatches("png", pdf)).isFalse();
    assertThat(FileUploads.contentMatches("pdf", "%PDF".getBytes())).isFalse();
    assertThat(FileUploads.contentMatches("jpg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0})).isTrue();
    assertThat(FileUploads.contentMatches("exe", pdf)).isFalse();
    assertThat(FileUploads.acceptableName("a".repeat(201) + ".pdf")).isFalse();
    assertThat(FileUploads.acceptableName("协议\u0000.pdf")).isFalse();
    assertThat(FileUploads.acceptableName("协议.pdf")).isTrue();
  }
}
