package org.socialwork.flow.modeling;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The intake model under a process key of its own per test, so that deploying new versions of it never changes what
 * the other tests of the shared context start.
 */
final class TrialModels {

  private static final AtomicInteger SEQUENCE = new AtomicInteger();

  private TrialModels() {
  }

  static String intakeXml() {
    try (InputStream in = TrialModels.class.getResourceAsStream("/bpmn/intake.bpmn")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String newKey() {
    return "intake-trial-" + System.nanoTime() % 100000 + "-" + SEQUENCE.incrementAndGet();
  }

  /** The intake model as process {@code key}. */
  static String intakeAs(String key) {
    return intakeXml().replace("<bpmn:process id=\"intake\"", "<bpmn:process id=\"" + key + "\"")
        .replace("bpmnElement=\"intake\"", "bpmnElement=\"" + key + "\"");
  }

  static byte[] bytes(String xml) {
    return xml.getBytes(StandardCharsets.UTF_8);
  }
}
