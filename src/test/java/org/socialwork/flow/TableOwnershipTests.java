package org.socialwork.flow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Each domain table has one owning module, and only that module's mapper XML names it (DESIGN.md, "Modules"): another
 * module reads it through the owner's published classes or SQL fragments. The tables are read from the Flyway
 * migrations, so a new table fails here until it is given an owner below.
 *
 * <p>{@link #NOT_YET_OWNED_ALONE} lists the reads across modules that remain (see docs/modularity.md): the test fails
 * on any read not listed; remove an entry when its read is gone.
 */
class TableOwnershipTests {

  static final Map<String, String> OWNERS = owners(
      "organization", "district station person person_role import_job import_row",
      "casework", "client case_file case_process intake_record case_decision referral assessment assessment_need "
          + "service_plan plan_objective plan_resource case_note case_evaluation closure_report follow_up reassignment "
          + "reassignment_case",
      "audit", "audit_log",
      "library", "need_type resource project project_station",
      "supervision", "supervision_pair supervision_session supervision_session_case supervision_supervisee action_item",
      "meeting", "meeting meeting_report meeting_carried_item",
      "inspection", "inspection inspection_template inspection_template_item inspection_inspector inspection_score "
          + "inspection_evidence rectification demonstration_round demonstration_award",
      "modeling", "model_audit",
      "tasklist", "task_escalation task_item task_item_candidate task_done task_draft",
      "care", "care_tier care_category care_target care_tier_change care_visit care_pairing",
      "notification", "notification notification_preference notification_address",
      "volunteer", "volunteer volunteer_team volunteer_team_member volunteer_points_rule volunteer_star_level "
          + "volunteer_activity volunteer_signup volunteer_hours_entry volunteer_points_entry volunteer_certificate "
          + "volunteer_certificate_line volunteer_certificate_setting volunteer_application volunteer_service_item "
          + "volunteer_need",
      "venture", "venture_organization venture_organization_station venture_organization_member venture_round "
          + "venture_round_criterion venture_round_reviewer venture_application venture_budget_line venture_review "
          + "venture_review_score venture_objection venture_ledger venture_report venture_document venture_activity",
      "linkage", "linkage linkage_force linkage_donation",
      "system", "number_sequence spring_session spring_session_attributes");

  /** Mapper XML (module/file) → the other modules' tables it still names. */
  static final Map<String, Set<String>> NOT_YET_OWNED_ALONE = Map.of(
      "casework/AssessmentMapper.xml", set("need_type project resource"),
      "library/LibraryMapper.xml", set("assessment assessment_need case_file station"),
      "meeting/MeetingMapper.xml", set("case_file case_process"),
      "supervision/ActionItemMapper.xml", set("meeting meeting_carried_item"),
      "supervision/SupervisionMapper.xml", set("case_file"));

  private static final Path MIGRATIONS = Path.of("sql");
  private static final Path MAPPERS = Path.of("src/main/resources/org/socialwork/flow");
  private static final Pattern DDL = Pattern.compile(
      "(?i)\\b(create|drop)\\s+table\\s+(?:if\\s+(?:not\\s+)?exists\\s+)?(\\w+)|\\balter\\s+table\\s+(\\w+)\\s+rename\\s+to\\s+(\\w+)");
  private static final Pattern TABLE_USE = Pattern.compile("(?i)\\b(?:from|join|into|update)\\s+(\\w+)");

  @Test
  void everyTableHasOneOwningModule() throws IOException {
    Set<String> unowned = new TreeSet<>(tables());
    unowned.removeAll(OWNERS.keySet());
    assertThat(unowned).as("tables of the migrations without an owner: add them to TableOwnershipTests.OWNERS")
        .isEmpty();
  }

  @Test
  void onlyTheOwnersMapperXmlNamesATable() throws IOException {
    Set<String> tables = tables();
    Map<String, Set<String>> foreign = new TreeMap<>();
    try (Stream<Path> files = Files.walk(MAPPERS)) {
      for (Path xml : files.filter(p -> p.toString().endsWith(".xml")).sorted().toList()) {
        String module = MAPPERS.relativize(xml).getName(0).toString();
        String sql = Files.readString(xml, StandardCharsets.UTF_8).replaceAll("(?s)<!--.*?-->", "");
        Matcher m = TABLE_USE.matcher(sql);
        while (m.find()) {
          String table = m.group(1).toLowerCase(Locale.ROOT);
          if (tables.contains(table) && !module.equals(OWNERS.get(table))) {
            foreign.computeIfAbsent(module + "/" + xml.getFileName(), k -> new TreeSet<>()).add(table);
          }
        }
      }
    }
    Map<String, Set<String>> added = new TreeMap<>();
    foreign.forEach((xml, named) -> named.stream()
        .filter(t -> !NOT_YET_OWNED_ALONE.getOrDefault(xml, Set.of()).contains(t))
        .forEach(t -> added.computeIfAbsent(xml, k -> new TreeSet<>()).add(t)));
    assertThat(added).as("tables named by a mapper XML of another module than their owner (read them through the"
        + " owner's published class or SQL fragment)").isEmpty();
  }

  /** The domain tables as the migrations leave them (created, renamed, dropped), in version order. */
  static Set<String> tables() throws IOException {
    Set<String> tables = new TreeSet<>();
    try (Stream<Path> files = Files.list(MIGRATIONS)) {
      for (Path sql : files.filter(p -> p.getFileName().toString().matches("V\\d+__.*\\.sql"))
          .sorted(Comparator.comparingInt(TableOwnershipTests::version)).toList()) {
        Matcher m = DDL.matcher(Files.readString(sql, StandardCharsets.UTF_8).replaceAll("--[^\\n]*", ""));
        while (m.find()) {
          if (m.group(1) != null) {
            String table = m.group(2).toLowerCase(Locale.ROOT);
            if (m.group(1).equalsIgnoreCase("create")) {
              tables.add(table);
            } else {
              tables.remove(table);
            }
          } else {
            tables.remove(m.group(3).toLowerCase(Locale.ROOT));
            tables.add(m.group(4).toLowerCase(Locale.ROOT));
          }
        }
      }
    }
    return tables;
  }

  private static int version(Path p) {
    String name = p.getFileName().toString();
    return Integer.parseInt(name.substring(1, name.indexOf("__")));
  }

  private static Map<String, String> owners(String... moduleAndTables) {
    Map<String, String> owners = new TreeMap<>();
    for (int i = 0; i < moduleAndTables.length; i += 2) {
      for (String table : moduleAndTables[i + 1].trim().split("\\s+")) {
        owners.put(table, moduleAndTables[i]);
      }
    }
    return owners;
  }

  private static Set<String> set(String tables) {
    return new TreeSet<>(List.of(tables.trim().split("\\s+")));
  }
}
