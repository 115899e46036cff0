package org.socialwork.flow.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** File names reduced to plain, safe names; types recognised by their content, not by their extension. */
class EvidenceUploadTests {

  @Test
  void pathsControlCharactersAndHeaderCharactersAreRemovedFromNames() {
    assertThat(EvidenceUpload.safeName("C:\\Users\\x\\..\\照片 1.JPG")).isEqualTo("照片 1.JPG");
    assertThat(EvidenceUpload.safeName("../../etc/passwd.png")).isEqualTo("passwd.png");
    assertThat(EvidenceUpload.safeName("a\"b\r\nContent-Type: x.pdf")).isEqualTo("a_b__Content-Type_ x.pdf");
    assertThat(EvidenceUpload.safeName("...hidden.png")).isEqualTo("hidden.png");
    assertThat(EvidenceUpload.safeName("%2e%2e;rm.docx")).isEqualTo("_2e_2e_rm.docx");
    String longName = "长".repeat(300) + ".xlsx";
    assertThat(EvidenceUpload.safeName(longName)).hasSize(100).endsWith(".xlsx");
  }

  @Test
  void namesWithoutAnAllowedExtensionAreRefused() {
    for (String bad : new String[] {"tool.exe", "page.html", "photo.png.exe", "noextension", ".png", "", null,
        "script.svg"}) {
      assertThatThrownBy(() -> EvidenceUpload.safeName(bad)).as(String.valueOf(bad))
          .isInstanceOf(EvidenceRejectedException.class);
    }
  }

  @Test
  void contentMustMatchTheExtension() {
    byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16};
    byte[] zip = {0x50, 0x4B, 0x03, 0x04, 20, 0};
    assertThat(EvidenceUpload.contentMatches("jpg", jpeg)).isTrue();
    assertThat(EvidenceUpload.contentMatches("png", jpeg)).isFalse();
    assertThat(EvidenceUpload.contentMatches("pdf", InspectionFlow.PDF)).isTrue();
    assertThat(EvidenceUpload.contentMatches("png", InspectionFlow.PNG)).isTrue();
    assertThat(EvidenceUpload.contentMatches("docx", zip)).isTrue();
    assertThat(EvidenceUpload.contentMatches("pdf", "<html>%PDF-".getBytes())).isFalse();
    assertThat(EvidenceUpload.contentMatches("png", new byte[] {(byte) 0x89})).isFalse();
  }
}
