package org.socialwork.flow.volunteer;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import freemarker.template.Template;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.socialwork.flow.form.ResidentIdNumber;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.view.freemarker.FreeMarkerConfig;

/**
 * The certificate as a PDF: Freemarker renders {@code templates/volunteer/certificate-pdf.ftlh} (XHTML) and
 * openhtmltopdf lays it out on PDFBox, with Droid Sans Fallback (Apache-2.0, {@code fonts/} in the jar) for the
 * Chinese text, embedded as a subset of the characters used. The ID number is masked; the seal image of the station,
 * when configured, sits over the issuer's line; a revoked certificate says so across the page.
 */
@Component
class CertificatePdf {

  static final String FONT = "fonts/DroidSansFallbackFull.ttf";
  static final String FONT_FAMILY = "DroidSansFallback";

  private final FreeMarkerConfig freemarker;
  private final MessageSource messages;
  private final String baseUrl;
  private volatile byte[] font;

  CertificatePdf(FreeMarkerConfig freemarker, MessageSource messages,
                 @Value("${socialwork.notification.base-url:http://localhost:8080}") String baseUrl) {
    this.freemarker = freemarker;
    this.messages = messages;
    this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
  }

  private byte[] font() {
    byte[] f = font;
    if (f == null) {
      try (InputStream in = CertificatePdf.class.getClassLoader().getResourceAsStream(FONT)) {
        if (in == null) {
          throw new IllegalStateException(FONT + " is missing from the class path");
        }
        f = in.readAllBytes();
        font = f;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return f;
  }

  /** The XHTML the PDF is made of (also what the tests and the page preview may look at). */
  String html(Certificates.Printable p, Locale locale) {
    Certificate c = p.certificate();
    Volunteer v = p.volunteer();
    Map<String, Object> model = new HashMap<>();
    model.put("c", c);
    model.put("fullName", v.fullName());
    model.put("sex", v.sex());
    model.put("volunteerNo", v.volunteerNo());
    model.put("lines", p.lines());
    model.put("maskedId", ResidentIdNumber.mask(v.idNumber()));
    model.put("seal", p.seal() == null ? null : "data:image/png;base64," + Base64.getEncoder().encodeToString(p.seal()));
    model.put("verifyUrl", baseUrl + "/verify/" + c.certNo());
    model.put("revoked", Certificate.REVOKED.equals(c.status()));
    model.put("t", new Labels(messages, locale));
    model.put("fontFamily", FONT_FAMILY);
    try {
      Template template = freemarker.getConfiguration().getTemplate("volunteer/certificate-pdf.ftlh", locale);
      StringWriter out = new StringWriter();
      template.process(model, out);
      return out.toString();
    } catch (IOException | freemarker.template.TemplateException e) {
      throw new IllegalStateException("The certificate template failed", e);
    }
  }

  byte[] render(Certificates.Printable p, Locale locale) {
    String html = html(p, locale);
    byte[] f = font();
    ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
    try {
      PdfRendererBuilder builder = new PdfRendererBuilder();
      builder.useFastMode();
      builder.useFont(() -> new ByteArrayInputStream(f), FONT_FAMILY, 400, BaseRendererBuilder.FontStyle.NORMAL, true);
      builder.useFont(() -> new ByteArrayInputStream(f), FONT_FAMILY, 700, BaseRendererBuilder.FontStyle.NORMAL, true);
      builder.withHtmlContent(html, baseUrl + "/");
      builder.withProducer("socialwork-flow");
      builder.toStream(out);
      builder.run();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** The template's labels: {@code t.get("key")} reads {@code volunteer.cert.pdf.key} in the reader's language. */
  public static final class Labels {
    private final MessageSource messages;
    private final Locale locale;

    Labels(MessageSource messages, Locale locale) {
      this.messages = messages;
      this.locale = locale;
    }

    public String get(String key) {
      return messages.getMessage("volunteer.cert.pdf." + key, null, key, locale);
    }

    public String format(String key, Object... args) {
      return messages.getMessage("volunteer.cert.pdf." + key, args, key, locale);
    }

    public String date(LocalDate d) {
      return d == null ? "" : messages.getMessage("volunteer.cert.pdf.date",
          new Object[] {String.valueOf(d.getYear()), String.valueOf(d.getMonthValue()),
              String.valueOf(d.getDayOfMonth()), d.toString()}, d.toString(), locale);
    }

    public String hours(BigDecimal h) {
      return h == null ? "0" : h.stripTrailingZeros().toPlainString();
    }
  }
}
