package org.socialwork.flow.tasklist;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Process and task names in the reader's language. Chinese readers get the model's own name (so a name edited in
 * the modeler shows at once); others get {@code bpmn.<process>} / {@code bpmn.<process>.<task id>} from
 * i18n/processes_en.properties, or the model's name when the bundle has none (a process deployed later).
 */
@Component
public class ModelTexts {

  private final MessageSource messages;

  public ModelTexts(MessageSource messages) {
    this.messages = messages;
  }

  public String processName(String processKey, String modelName, Locale locale) {
    return translated("bpmn." + processKey, modelName, locale);
  }

  public String taskName(String processKey, String taskKey, String modelName, Locale locale) {
    return translated("bpmn." + processKey + "." + taskKey, modelName, locale);
  }

  private String translated(String key, String modelName, Locale locale) {
    if (locale == null || "zh".equals(locale.getLanguage())) {
      return modelName;
    }
    return messages.getMessage(key, null, modelName, locale);
  }
}
