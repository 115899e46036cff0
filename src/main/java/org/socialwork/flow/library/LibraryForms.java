package org.socialwork.flow.library;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.socialwork.flow.form.FormSchema;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/** The libraries' own forms (forms/resource.form, forms/need-type.form): not tied to a process, read from the jar. */
@Component
class LibraryForms {

  private final Map<String, FormSchema> cache = new ConcurrentHashMap<>();

  FormSchema get(String formId) {
    return cache.computeIfAbsent(formId, id -> {
      try (InputStream in = new ClassPathResource("forms/" + id + ".form").getInputStream()) {
        return FormSchema.parse(in);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }
}
