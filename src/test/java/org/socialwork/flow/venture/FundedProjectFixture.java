package org.socialwork.flow.venture;

import java.util.List;
import java.util.Map;

/**
 * For other modules' tests: a funded project (approved, in its public posting) of a new organisation serving the
 * station, in a new round with the leading group's 王建国 as officer and the demo mentor as reviewer.
 */
public final class FundedProjectFixture {

  private FundedProjectFixture() {
  }

  /** The application number of a project approved with ¥9,000 at the station. */
  public static String funded(int port, String station) {
    VentureApi api = new VentureApi(port);
    Map<String, Object> org = api.organization(VentureApi.unique("金安区联动社工服务中心"), station);
    long round = VentureApi.created(api.post("leader", "/api/venture/rounds",
        VentureApi.aRound("leader", List.of("mentor"), List.of(), 100000))).get("id").asLong();
    String no = api.submit((String) org.get("username"), VentureApi.anApplication(round, station, "活动物资=9000"));
    api.completed("leader", no, "Task_Screen", Map.of("outcome", "pass", "note", "材料齐全，符合申报条件"));
    api.completed("mentor", no, "Task_Score", Map.of("scores", "need=90, feasible=80, budget=70", "comment", "需求明确"));
    api.completed("leader", no, "Task_Determine", Map.of("decision", "approve", "amount", 9000));
    return no;
  }
}
