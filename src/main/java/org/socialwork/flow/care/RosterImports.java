package org.socialwork.flow.care;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.socialwork.flow.form.FormErrors;
import org.socialwork.flow.organization.ImportJob;
import org.socialwork.flow.organization.ImportJobs;
import org.socialwork.flow.organization.StaffMember;
import org.socialwork.flow.system.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/**
 * The roster import's use cases for the page and the API: the upload (station and file checked first, then every
 * row), a job in the reader's scope, the recent jobs, the template; jobs and problems as the JSON both show.
 */
@Component
class RosterImports {

  private final ImportJobs imports;
  private final RosterImport kind;
  private final MessageSource messages;

  RosterImports(ImportJobs imports, RosterImport kind, MessageSource messages) {
    this.imports = imports;
    this.kind = kind;
    this.messages = messages;
  }

  /**
   * Checks the station (one of the importer's) and that a file came, then every row; a valid file becomes a job.
   * Throws {@code FormValidationException} (fields stationCode, file) or {@code ImportRejectedException} (rows).
   */
  ImportJob submit(StaffMember member, String station, MultipartFile file) throws IOException {
    FormErrors errors = new FormErrors();
    if (!TargetRegistration.mayRegister(member)) {
      throw new org.springframework.security.access.AccessDeniedException("no station role");
    }
    if (station == null || station.isBlank()) {
      errors.reject("stationCode", "form.required");
    } else if (!RosterImport.mayImport(member, station)) {
      errors.reject("stationCode", "form.option");
    }
    if (file == null || file.isEmpty()) {
      errors.reject("file", "org.import.fileRequired");
    }
    errors.throwIfAny(Map.of());
    return imports.submit(kind, member, station, file.getOriginalFilename(), file.getBytes());
  }

  ImportJob job(StaffMember member, String id) {
    return imports.find(kind, member, id).orElseThrow(() -> new NotFoundException("No roster import " + id));
  }

  List<ImportJob> recent(StaffMember member) {
    return imports.recent(kind, member, 20);
  }

  byte[] template() {
    return ImportJobs.workbook(kind, kind.exampleRows());
  }

  static Map<String, Object> json(ImportJob j) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("id", j.id());
    out.put("filename", j.filename());
    out.put("station", j.scope());
    out.put("status", j.status());
    out.put("done", j.done());
    out.put("total", j.total());
    out.put("changed", j.changed());
    out.put("percent", j.percent());
    out.put("problems", j.problem() == null ? List.of() : List.of(Map.of("row", 0, "column", "",
        "problem", j.problem())));
    return out;
  }

  List<Map<String, Object>> problems(List<ImportJobs.Problem> problems, Locale locale) {
    return problems.stream().map(p -> {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("sheet", p.sheet());
      m.put("row", p.row());
      m.put("column", p.column());
      m.put("problem", messages.getMessage(p.message().code(), p.message().args().toArray(), p.message().code(),
          locale));
      return m;
    }).toList();
  }
}
