package org.socialwork.flow.organization;

import java.util.Collection;
import java.util.Map;
import org.socialwork.flow.form.FormValidationException;

/**
 * Another module's kind of spreadsheet import, run by {@link ImportJobs} exactly as the organisation's own: every row
 * is checked first and nothing is written unless all are right (the report names sheet, row and column), then the
 * rows are stored with a job and applied in the background in chunks, with progress, resumed after a stop. One Spring
 * bean per kind; a job belongs to one station (its scope), so who may follow it is a matter of station scope.
 */
public interface ImportKind {

  /** Stored with the job ({@code import_job.kind}, at most 20 characters), e.g. {@code care-roster}. */
  String name();

  /** The sheet read from a workbook (a workbook without it: its first sheet), at most 16 characters. */
  String sheet();

  /** Column key → header of the template, in order; a file's header may also be the key itself. */
  Map<String, String> columns();

  /** The column every file must have. */
  String requiredColumn();

  /** Refuses ({@code AccessDeniedException}) an actor who may not import into this station. */
  void requireImporter(StaffMember actor, String scope);

  /** The stations whose jobs the actor follows; null: all (the district's roles). */
  Collection<String> followedScopes(StaffMember actor);

  /** A row's identity within one file (a second row with the same key is a problem), null when it has none. */
  String duplicateKey(Map<String, String> cells);

  /** The column a duplicate is reported in. */
  String duplicateColumn();

  /** The message of a duplicate row, given the duplicated value. */
  default String duplicateMessage() {
    return "org.import.duplicate";
  }

  /**
   * Checks one row as the kind's own form would, writing nothing that outlives the check (it runs in a transaction
   * that is rolled back); problems as a {@link FormValidationException} whose fields are column keys.
   */
  void check(StaffMember actor, String scope, Map<String, String> cells);

  /** Applies one checked row in the job's chunk transaction; true when it changed something. */
  boolean apply(StaffMember actor, String scope, Map<String, String> cells);

  /** Columns in the order given: key, header, key, header … (for {@link #columns()}). */
  static Map<String, String> ordered(String... keysAndHeaders) {
    Map<String, String> m = new java.util.LinkedHashMap<>();
    for (int i = 0; i < keysAndHeaders.length; i += 2) {
      m.put(keysAndHeaders[i], keysAndHeaders[i + 1]);
    }
    return java.util.Collections.unmodifiableMap(m);
  }
}
