package org.socialwork.flow.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.socialwork.flow.IntakeFlow;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** Drives inspections through the JSON API over real HTTP, as a script or another system would. */
class InspectionFlow {

  static final byte[] PNG = {(byte) 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
  static final byte[] PDF = "%PDF-1.4\n%test evidence\n".getBytes();

  final IntakeFlow api;

  InspectionFlow(int port) {
    this.api = new IntakeFlow(port);
  }

  /** Plans an inspection as the given person and returns its number. */
  String plan(String who, String type, String station, String template, List<String> inspectors, int days) {
    Map<String, Object> form = new HashMap<>(Map.of("inspectionType", type, "stationCode", station,
        "templateCode", template, "plannedOn", LocalDate.now().toString(), "rectificationDays", days));
    form.put("inspectors", inspectors);
    ResponseEntity<String> started = api.post(who, "/api/processes/project-inspection/start", form);
    assertThat(started.getStatusCode().value()).as(started.getBody()).isEqualTo(201);
    String no = IntakeFlow.json(started).get("businessKey").asText();
    assertThat(started.getHeaders().getLocation()).hasToString("/api/inspections/" + no);
    return no;
  }

  JsonNode inspection(String who, String no) {
    ResponseEntity<String> r = api.get(who, "/api/inspections/" + no);
    assertThat(r.getStatusCode().value()).as(r.getBody()).isEqualTo(200);
    return IntakeFlow.json(r);
  }

  /** Scores every item with its maximum, except the given ones (item position → score, flagged for rectification). */
  void score(String who, String no, Map<Integer, Integer> lowered, String finding) {
    JsonNode items = inspection(who, no).get("items");
    Map<String, Object> fields = new HashMap<>();
    for (int i = 0; i < items.size(); i++) {
      JsonNode item = items.get(i);
      long id = item.get("itemId").asLong();
      Integer low = lowered.get(i + 1);
      fields.put("score_" + id, low == null ? item.get("maxScore").decimalValue() : low);
      if (low != null) {
        fields.put("finding_" + id, finding);
        fields.put("rectify_" + id, true);
      }
    }
    ResponseEntity<String> saved = api.post(who, "/api/inspections/" + no + "/scores", fields);
    assertThat(saved.getStatusCode().value()).as(saved.getBody()).isEqualTo(204);
  }

  ResponseEntity<String> upload(String who, String no, String fileName, byte[] content) {
    MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
    body.add("file", new ByteArrayResource(content) {
      @Override
      public String getFilename() {
        return fileName;
      }
    });
    return api.as(who).post().uri("/api/inspections/" + no + "/evidence").contentType(MediaType.MULTIPART_FORM_DATA)
        .body(body).retrieve().toEntity(String.class);
  }

  String task(String who, String no, String taskKey) {
    return api.taskOf(who, no, taskKey);
  }

  void complete(String who, String no, String taskKey, Map<String, Object> fields) {
    api.complete(who, task(who, no, taskKey), fields);
  }

  ResponseEntity<String> tryComplete(String who, String no, String taskKey, Map<String, Object> fields) {
    return api.post(who, "/api/tasks/" + task(who, no, taskKey) + "/complete", fields);
  }

  JsonNode dashboard(String who) {
    return IntakeFlow.json(api.get(who, "/api/dashboard"));
  }
}
