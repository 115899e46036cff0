package org.socialwork.flow.organization;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.socialwork.flow.form.FieldMessage;
import org.socialwork.flow.form.FormErrors;
import org.socialwork.flow.form.FormValidationException;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.multipart.MultipartFile;

/**
 * The page and API side of another module's {@link ImportKind}, the same for every kind (care's roster, volunteers):
 * the upload (station and file checked first, then every row by {@link ImportJobs}), a job in the reader's scope, the
 * recent jobs, the template download, and jobs and problems as the JSON the API answers and the progress script
 * reads, and the pages' models. A module's controllers call it with their {@link StationImportKind}.
 */
@Component
public class KindImportDesk {

  /** The content type of an Excel workbook. */
  public static final MediaType XLSX =
      MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

  private final ImportJobs imports;
  private final MessageSource messages;
  private final Stations stations;
  private final StaffDirectory staff;

  KindImportDesk(ImportJobs imports, MessageSource messages, Stations stations, StaffDirectory staff) {
    this.imports = imports;
    this.messages = messages;
    this.stations = stations;
    this.staff = staff;
  }

  /**
   * Checks the station (one of the kind's importer stations; none at all: 403) and that a file came, then every row;
   * a valid file becomes a job. Throws {@code FormValidationException} (fields stationCode, file) or
   * {@code ImportRejectedException} (rows).
   */
  public ImportJob submit(StationImportKind kind, StaffMember member, String station, MultipartFile file)
      throws IOException {
    Set<String> importerStations = kind.importerStations(member);
    if (importerStations.isEmpty()) {
      throw new AccessDeniedException("no station where " + member.username() + " imports " + kind.name());
    }
    FormErrors errors = new FormErrors();
    if (station == null || station.isBlank()) {
      errors.reject("stationCode", "form.required");
    } else if (!importerStations.contains(station)) {
      errors.reject("stationCode", "form.option");
    }
    if (file == null || file.isEmpty()) {
      errors.reject("file", "org.import.fileRequired");
    }
    errors.throwIfAny(Map.of());
    return imports.submit(kind, member, station, file.getOriginalFilename(), file.getBytes());
  }

  /** A job of the kind the reader follows (the caller answers 404 when there is none). */
  public Optional<ImportJob> job(ImportKind kind, StaffMember member, String id) {
    return imports.find(kind, member, id);
  }

  /** A job as the API and the progress script show it. */
  public static Map<String, Object> json(ImportJob j) {
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

  /** A file's problems, each with sheet, row, column and the translated problem. */
  public List<Map<String, Object>> problems(List<ImportJobs.Problem> problems, Locale locale) {
    return problems.stream().map(p -> {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("sheet", p.sheet());
      m.put("row", p.row());
      m.put("column", p.column());
      m.put("problem", message(p.message(), locale));
      return m;
    }).toList();
  }

  private String message(FieldMessage m, Locale locale) {
    return messages.getMessage(m.code(), m.args().toArray(), m.code(), locale);
  }

  /**
   * The API's upload: 202 with the job and its {@code Location} ({@code jobPath} + id), or 400 with every row's
   * problem and nothing stored (a wrong station or no file: the 400 naming the field, as every form error).
   */
  public ResponseEntity<Map<String, Object>> apiSubmit(StationImportKind kind, StaffMember member, String station,
                                                       MultipartFile file, Locale locale, String jobPath)
      throws IOException {
    try {
      ImportJob job = submit(kind, member, station, file);
      return ResponseEntity.status(HttpStatus.ACCEPTED).header("Location", jobPath + job.id()).body(json(job));
    } catch (ImportJobs.ImportRejectedException e) {
      return ResponseEntity.badRequest().body(Map.of("problems", problems(e.problems(), locale)));
    }
  }

  /** The kind's template (its sheet, columns and example rows) as a download named {@code filename}. */
  public ResponseEntity<byte[]> template(StationImportKind kind, String filename) {
    return ResponseEntity.ok().contentType(XLSX)
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + filename + "\"")
        .body(ImportJobs.workbook(kind, kind.exampleRows()));
  }

  /**
   * The import page {@code view}: the stations to choose (code → name; the only one preselected), the chosen
   * station, the kind's columns and recent jobs, station names, and {@code errors} (empty unless an upload put some).
   */
  public String page(StationImportKind kind, StaffMember member, String station, String view, Model model) {
    Map<String, String> names = stations.names();
    Map<String, String> options = new LinkedHashMap<>();
    kind.importerStations(member).forEach(s -> options.put(s, names.getOrDefault(s, s)));
    model.addAttribute("stationOptions", options);
    model.addAttribute("station", station != null ? station
        : options.size() == 1 ? options.keySet().iterator().next() : null);
    model.addAttribute("mayImport", !options.isEmpty());
    model.addAttribute("jobs", imports.recent(kind, member, 20));
    model.addAttribute("stationNames", names);
    if (!model.containsAttribute("errors")) {
      model.addAttribute("errors", Map.of());
    }
    model.addAttribute("columns", kind.columns().values());
    return view;
  }

  /**
   * The page's upload: the job's page ({@code "redirect:" + jobPath + id}) when the file became a job, else the page
   * {@code view} again with status 422 and {@code errors} (field → translated message) or {@code problems} and
   * {@code filename}.
   */
  public String pageSubmit(StationImportKind kind, StaffMember member, String station, MultipartFile file,
                           String jobPath, String view, Model model, Locale locale, HttpServletResponse response)
      throws IOException {
    try {
      ImportJob job = submit(kind, member, station, file);
      return "redirect:" + jobPath + job.id();
    } catch (FormValidationException e) {
      response.setStatus(422);
      Map<String, String> errors = new LinkedHashMap<>();
      e.errors().asMap().forEach((field, m) -> errors.put(field, message(m, locale)));
      model.addAttribute("errors", errors);
    } catch (ImportJobs.ImportRejectedException e) {
      response.setStatus(422);
      model.addAttribute("problems", problems(e.problems(), locale));
      model.addAttribute("filename", file == null ? "" : file.getOriginalFilename());
    }
    return page(kind, member, station, view, model);
  }

  /** A job's page {@code view} (job, station and starter by name), empty when the reader does not follow it. */
  public Optional<String> jobPage(StationImportKind kind, StaffMember member, String id, String view, Model model) {
    return job(kind, member, id).map(job -> {
      model.addAttribute("job", job);
      model.addAttribute("stationName", stations.names().getOrDefault(job.scope(), job.scope()));
      model.addAttribute("startedByName", staff.nameOf(job.startedBy()));
      return view;
    });
  }
}
