package org.socialwork.flow.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Chinese by default, English one click away: every text of every bundle exists in both languages, and every message
 * key a template names literally exists. Keys built at run time ({@code "case.status." + s}) are not checked here.
 */
class MessageBundleTests {

  private static final List<String> BUNDLES = List.of("messages", "i18n/supervision", "i18n/inspection",
      "i18n/modeling", "i18n/dashboard", "i18n/processes", "i18n/organization", "i18n/care", "i18n/notification",
      "i18n/volunteer", "i18n/venture", "i18n/lists", "i18n/volunteerlists",
      "i18n/linkage");
  /** A key handed to a macro of the shared import parts, e.g. {@code <@imp.report "care.import.report"/>}. */
  private static final Pattern MACRO_CALL = Pattern.compile("<@imp\\.\\w+([^>]*)>");
  private static final Pattern QUOTED_KEY = Pattern.compile("\"([a-z]+\\.[\\w.-]+)\"");
  private static final Pattern KEY_IN_TEMPLATE = Pattern.compile(
      "@spring\\.message(?:Args)? (?:code=)?[\"']([\\w.-]+)[\"'][ />]|getMessage\\(\"([\\w.-]+)\"");

  @Test
  void everyTextHasAChineseAndAnEnglishVersion() throws IOException {
    for (String bundle : BUNDLES) {
      Set<String> zh = keys(bundle + ".properties");
      Set<String> en = keys(bundle + "_en.properties");
      assertThat(new TreeSet<>(en)).as(bundle + ": keys without an English text are missing here")
          .containsAll(zh);
      assertThat(new TreeSet<>(zh)).as(bundle + ": keys without a Chinese text are missing here")
          .containsAll(en);
    }
  }

  @Test
  void everyMessageKeyATemplateNamesExists() throws IOException {
    Set<String> known = new TreeSet<>();
    for (String bundle : BUNDLES) {
      known.addAll(keys(bundle + ".properties"));
    }
    Set<String> missing = new TreeSet<>();
    try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
      for (Path template : templates.filter(p -> p.toString().endsWith(".ftlh")).toList()) {
        String text = Files.readString(template);
        Matcher m = KEY_IN_TEMPLATE.matcher(text);
        while (m.find()) {
          String key = m.group(1) != null ? m.group(1) : m.group(2);
          if (!key.endsWith(".") && !known.contains(key)) {
            missing.add(template.getFileName() + ": " + key);
          }
        }
        Matcher call = MACRO_CALL.matcher(text);
        while (call.find()) {
          Matcher k = QUOTED_KEY.matcher(call.group(1));
          while (k.find()) {
            if (!known.contains(k.group(1))) {
              missing.add(template.getFileName() + ": " + k.group(1));
            }
          }
        }
      }
    }
    assertThat(missing).isEmpty();
  }

  /** Every process and user task of bpmn/ is named in English, and the Chinese file repeats the model's name. */
  @Test
  void everyProcessAndUserTaskHasAnEnglishName() throws IOException {
    Properties zh = load("i18n/processes.properties");
    Properties en = load("i18n/processes_en.properties");
    Pattern process = Pattern.compile("<bpmn:process id=\"([^\"]+)\"[^>]*name=\"([^\"]+)\"");
    Pattern userTask = Pattern.compile("<bpmn:userTask id=\"([^\"]+)\" name=\"([^\"]+)\"");
    Set<String> missing = new TreeSet<>();
    try (Stream<Path> models = Files.list(Path.of("bpmn"))) {
      for (Path model : models.filter(p -> p.toString().endsWith(".bpmn")).toList()) {
        String xml = Files.readString(model);
        Matcher p = process.matcher(xml);
        assertThat(p.find()).as(model.toString()).isTrue();
        String key = "bpmn." + p.group(1);
        check(key, p.group(2), zh, en, missing);
        Matcher t = userTask.matcher(xml);
        while (t.find()) {
          check(key + "." + t.group(1), t.group(2), zh, en, missing);
        }
      }
    }
    assertThat(missing).isEmpty();
  }

  /** Every label and hint of forms/ has its English (properties label_en, description_en): the English pages use them. */
  @Test
  void everyFormLabelAndHintHasAnEnglishVersion() throws IOException {
    Set<String> missing = new TreeSet<>();
    com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
    try (Stream<Path> forms = Files.list(Path.of("forms"))) {
      for (Path form : forms.filter(p -> p.toString().endsWith(".form")).toList()) {
        json.readTree(form.toFile()).findParents("type").forEach(c -> {
          com.fasterxml.jackson.databind.JsonNode properties = c.path("properties");
          if (c.hasNonNull("label") && properties.path("label_en").asText("").isBlank()) {
            missing.add(form.getFileName() + " " + c.path("key").asText() + " label_en");
          }
          if (c.hasNonNull("description") && properties.path("description_en").asText("").isBlank()) {
            missing.add(form.getFileName() + " " + c.path("key").asText() + " description_en");
          }
        });
      }
    }
    assertThat(missing).isEmpty();
  }

  private static void check(String key, String modelName, Properties zh, Properties en, Set<String> missing) {
    if (!modelName.equals(zh.getProperty(key))) {
      missing.add(key + " (zh should be " + modelName + ")");
    }
    if (en.getProperty(key) == null || en.getProperty(key).isBlank()) {
      missing.add(key + " (en)");
    }
  }

  private static Properties load(String resource) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = MessageBundleTests.class.getClassLoader().getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }

  private static Set<String> keys(String resource) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = MessageBundleTests.class.getClassLoader().getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties.stringPropertyNames();
  }
}
