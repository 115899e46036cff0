package org.socialwork.flow.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;

/** The Lu'an workbook (no Spring): the seed's figures, in the import template's format, every key well-formed once. */
class LuanWorkbookTests {

  @Test
  void stationsAreTheSeeds140Over7CountiesWith6DemonstrationStations() {
    List<LuanWorkbook.StationRow> stations = LuanWorkbook.stations();
    assertThat(stations).hasSize(140);
    Map<String, Long> byCounty = stations.stream().collect(Collectors.groupingBy(LuanWorkbook.StationRow::county,
        Collectors.counting()));
    assertThat(byCounty.keySet()).containsExactlyInAnyOrder("金安区", "裕安区", "叶集区", "霍山县", "舒城县", "金寨县",
        "霍邱县");
    List<String> demonstration = stations.stream().filter(LuanWorkbook.StationRow::demonstration)
        .map(LuanWorkbook.StationRow::name).toList();
    assertThat(demonstration).hasSize(6).contains("平桥乡社工站", "清水河街道社工站");
    assertThat(stations.stream().map(LuanWorkbook.StationRow::code).distinct().count()).isEqualTo(140);
    assertThat(stations.stream().map(LuanWorkbook.StationRow::name).distinct().count()).isEqualTo(140);
    assertThat(stations).allSatisfy(s -> assertThat(s.code()).matches(OrganizationAdmin.CODE));
    assertThat(stations.stream().filter(s -> "street".equals(s.kind())).map(LuanWorkbook.StationRow::code))
        .containsExactly("qingshuihe");
  }

  @Test
  void peopleAre1051CertifiedWorkersAndOneSupervisorPerStation() {
    List<List<String>> people = LuanWorkbook.people();
    List<List<String>> workers = people.stream().filter(p -> p.get(4).startsWith("worker@")).toList();
    List<List<String>> supervisors = people.stream().filter(p -> p.get(4).startsWith("supervisor@")).toList();
    assertThat(workers).hasSize(1051).allSatisfy(w -> assertThat(w.get(3)).isIn("助理社工师", "社工师", "高级社工师"));
    assertThat(supervisors).hasSize(140);
    assertThat(supervisors.stream().map(s -> s.get(4)).collect(Collectors.toSet())).hasSize(140);
    Set<String> usernames = new HashSet<>();
    people.forEach(p -> assertThat(usernames.add(p.get(0))).as(p.get(0)).isTrue());
    assertThat(usernames).allSatisfy(u -> assertThat(u).matches(OrganizationAdmin.USERNAME));
    assertThat(usernames).containsAll(LuanWorkbook.DEMO_LOGINS);
    assertThat(people).filteredOn(p -> p.get(0).equals(LuanWorkbook.DEMO_WORKER))
        .singleElement().satisfies(p -> assertThat(p.get(4)).isEqualTo("worker@pingqiao"));
    // 7 or 8 workers a station, every station staffed
    Map<String, Long> perStation = workers.stream().collect(Collectors.groupingBy(w -> w.get(4), Collectors.counting()));
    assertThat(perStation).hasSize(140);
    assertThat(perStation.values()).allSatisfy(n -> assertThat(n).isBetween(7L, 8L));
    assertThat(people).allSatisfy(p -> assertThat(p.get(1)).isNotBlank().doesNotContainPattern("[A-Za-z0-9]"));
  }

  @Test
  void theWorkbookHasTheTemplatesSheetsAndHeaders() throws Exception {
    try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(LuanWorkbook.bytes()))) {
      Sheet stations = wb.getSheet(ImportJobs.STATIONS);
      Sheet people = wb.getSheet(ImportJobs.PEOPLE);
      assertThat(header(stations)).containsExactlyElementsOf(ImportJobs.STATION_COLUMNS.values());
      assertThat(header(people)).containsExactlyElementsOf(ImportJobs.PEOPLE_COLUMNS.values());
      assertThat(stations.getLastRowNum()).isEqualTo(140);
      assertThat(people.getLastRowNum()).isEqualTo(1051 + 140 + 2);
      DataFormatter f = new DataFormatter();
      boolean pingqiao = false;
      for (Row r : stations) {
        if ("pingqiao".equals(f.formatCellValue(r.getCell(0)))) {
          pingqiao = true;
          assertThat(f.formatCellValue(r.getCell(1))).isEqualTo("平桥乡社工站");
          assertThat(f.formatCellValue(r.getCell(3))).isEqualTo("乡镇");
          assertThat(f.formatCellValue(r.getCell(5))).isEqualTo("是");
        }
      }
      assertThat(pingqiao).isTrue();
    }
  }

  @Test
  void chineseNumeralsOfThePlaceholderTownships() {
    assertThat(LuanWorkbook.numeral(1)).isEqualTo("一");
    assertThat(LuanWorkbook.numeral(10)).isEqualTo("十");
    assertThat(LuanWorkbook.numeral(12)).isEqualTo("十二");
    assertThat(LuanWorkbook.numeral(20)).isEqualTo("二十");
    assertThat(LuanWorkbook.numeral(30)).isEqualTo("三十");
  }

  private static List<String> header(Sheet sheet) {
    DataFormatter f = new DataFormatter();
    Row row = sheet.getRow(0);
    return java.util.stream.IntStream.range(0, row.getLastCellNum()).mapToObj(i -> f.formatCellValue(row.getCell(i)))
        .toList();
  }
}
