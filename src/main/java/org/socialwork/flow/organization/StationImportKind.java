package org.socialwork.flow.organization;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;

/**
 * An {@link ImportKind} of one station's people, as another module's registration form would enter them: the station
 * is the job's scope, the importer is one of {@link #importerStations}' people, the district's roles follow every
 * station's jobs and the others their own stations'; one column (an ID number) is the row's identity, compared
 * trimmed and in upper case, and required. Subclasses give their check, apply and example rows;
 * {@link KindImportDesk} gives them their page and API.
 */
public abstract class StationImportKind implements ImportKind {

  private final String name;
  private final String sheet;
  private final Map<String, String> columns;
  private final String keyColumn;
  private final String duplicateMessage;

  protected StationImportKind(String name, String sheet, Map<String, String> columns, String keyColumn,
                              String duplicateMessage) {
    this.name = name;
    this.sheet = sheet;
    this.columns = columns;
    this.keyColumn = keyColumn;
    this.duplicateMessage = duplicateMessage;
  }

  /** The stations where the actor may import (empty: nowhere, the upload is refused with 403). */
  public abstract Set<String> importerStations(StaffMember actor);

  /** The template's example rows, in the order of {@link #columns()}. */
  public abstract List<List<String>> exampleRows();

  @Override
  public String name() {
    return name;
  }

  @Override
  public String sheet() {
    return sheet;
  }

  @Override
  public Map<String, String> columns() {
    return columns;
  }

  @Override
  public String requiredColumn() {
    return keyColumn;
  }

  @Override
  public void requireImporter(StaffMember actor, String scope) {
    if (scope == null || !importerStations(actor).contains(scope)) {
      throw new AccessDeniedException(actor.username() + " does not import " + name + " into " + scope);
    }
  }

  @Override
  public Collection<String> followedScopes(StaffMember actor) {
    return actor.districtWide() ? null : actor.stationCodes();
  }

  @Override
  public String duplicateKey(Map<String, String> cells) {
    String key = cells.get(keyColumn);
    return key == null ? null : key.trim().toUpperCase(Locale.ROOT);
  }

  @Override
  public String duplicateColumn() {
    return keyColumn;
  }

  @Override
  public String duplicateMessage() {
    return duplicateMessage;
  }
}
