package org.socialwork.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.socialwork.flow.BrowserSessions.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.PrintsPage;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.print.PrintOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.client.RestClient;

/**
 * A closed case's file prints as a 档案: header with district, station and case number, every document including
 * the closure report, decisions worded per step with names, a short timeline instead of the engine's step log,
 * signature and date lines, A4 with page numbers. The PDF goes to target/screenshots/case-printout.pdf.
 */
@ApplicationTest
class CasePrintoutBrowserTests {

  @LocalServerPort
  int port;

  @Autowired
  RuntimeService runtime;

  @Autowired
  ManagementService management;

  @RegisterExtension
  final BrowserSessions browsers = new BrowserSessions("printout");

  IntakeFlow api;

  @BeforeEach
  void setUp() {
    api = new IntakeFlow(port);
  }

  @Test
  void aClosedCasesPrintoutHoldsTheClosureReport() throws IOException {
    String outcome = "服务目标全部达成，扶手使用良好" + ThreadLocalRandom.current().nextInt(1000, 10000);
    String caseNo = closedCase(outcome);

    WebDriver worker = browsers.logIn("sjl-worker", "孙磊");
    worker.get(browsers.url("/cases/" + caseNo));
    waitFor(worker).until(ExpectedConditions.textToBe(By.id("case-no"), caseNo));
    assertThat(worker.findElement(By.id("closure")).getText()).contains(outcome).contains("居家安全明显改善");
    worker.findElement(By.id("print-link")).click();
    waitFor(worker).until(ExpectedConditions.textToBe(By.id("file-case-no"), caseNo));

    assertThat(worker.findElement(By.id("file-head")).getText()).contains("太阳宫地区").contains("尚家楼社区社工站")
        .contains("个案服务档案").contains(caseNo).contains("王秀英");
    String documents = worker.findElement(By.id("file-documents")).getText();
    assertThat(worker.findElement(By.id("doc-closure")).getText()).contains("结案报告").contains(outcome)
        .contains("一个月、三个月后回访");
    assertThat(worker.findElement(By.id("doc-intake")).getText()).contains("独居老人，行动不便");
    assertThat(worker.findElement(By.id("doc-plan")).getText()).contains("完成卫生间扶手安装");
    assertThat(worker.findElement(By.id("doc-evaluation")).getText()).contains("目标一：扶手已安装并验收");
    assertThat(worker.findElement(By.id("doc-follow-up-1")).getText()).contains("生活正常");
    assertThat(documents.indexOf("需求评估")).as("documents in the order of the work")
        .isLessThan(documents.indexOf("结案报告"));
    assertThat(worker.findElement(By.id("file-decisions")).getText()).contains("批准计划").contains("同意结案")
        .contains("赵丽华").doesNotContain("sjl-supervisor");
    assertThat(worker.findElement(By.id("file-timeline")).getText()).contains("提交结案报告")
        .doesNotContain("Timer_").doesNotContain("ended");
    assertThat(worker.findElement(By.id("file-signatures")).getText()).contains("负责社工").contains("督导")
        .contains("站长").contains("日期");
    assertThat(worker.findElements(By.cssSelector("header.top"))).as("no navigation on the printout").isEmpty();
    String pageRule = (String) ((JavascriptExecutor) worker).executeScript(
        "const out = [];"
            + "for (const s of document.styleSheets) for (const r of s.cssRules) if (r instanceof CSSPageRule) {"
            + "  out.push(r.cssText); if (r.cssRules) for (const m of r.cssRules) out.push(m.cssText); }"
            + "return out.join(' ');");
    assertThat(pageRule).as("@page A4 with page / pages at the foot").containsIgnoringCase("size: a4").contains("counter(page)")
        .contains("counter(pages)");
    screenshot(worker, "case-printout");

    String pdf = ((PrintsPage) worker).print(new PrintOptions()).getContent();
    Path file = Path.of("target", "screenshots", "case-printout.pdf");
    Files.createDirectories(file.getParent());
    Files.write(file, Base64.getDecoder().decode(pdf));

    // the printout is read in scope like the case file: another station's worker gets 404
    RestClient stranger = api.signedIn("xbhbl-worker");
    assertThat(stranger.get().uri("/cases/" + caseNo + "/print").retrieve().toBodilessEntity().getStatusCode()
        .value()).isEqualTo(404);
    for (String inScope : List.of("sjl-supervisor", "leader")) {
      assertThat(api.signedIn(inScope).get().uri("/cases/" + caseNo + "/print").retrieve().toEntity(String.class)
          .getBody()).as(inScope).contains(outcome);
    }
  }

  private String closedCase(String outcome) {
    String caseNo = api.register("sjl-worker", Fixtures.anIntake("sjl"));
    api.complete("sjl-worker", api.taskOf("sjl-worker", caseNo, "Task_ScreenIntake"), Map.of("decision", "accept"));
    api.complete("sjl-supervisor", api.taskOf("sjl-supervisor", caseNo, "Task_ApproveOpening"),
        Map.of("decision", "approve", "responsibleWorker", "sjl-worker"));
    Map<String, Object> assessment = new HashMap<>(Map.of("assessedOn", LocalDate.now().toString(), "health", "good",
        "selfCare", "full", "familySupport", "strong", "socialSupport", "strong",
        "individualSystem", "身体尚可，情绪平稳", "familySystem", "女儿每周探望", "socialSystem", "参加社区合唱团",
        "priority", "low", "summary", "需要居家安全改造咨询"));
    assessment.put("needs", List.of("home_adaptation"));
    api.complete("sjl-worker", api.taskOf("sjl-worker", caseNo, "Task_RecordAssessment"), assessment);
    api.complete("sjl-worker", api.taskOf("sjl-worker", caseNo, "Task_WritePlan"), Map.of("goal", "完成居家适老化改造",
        "objective1", "完成卫生间扶手安装", "indicator1", "扶手安装验收", "deadline1",
        LocalDate.now().plusMonths(2).toString(), "approach", "链接街道适老化改造项目"));
    api.complete("sjl-supervisor", api.taskOf("sjl-supervisor", caseNo, "Task_ApprovePlan"),
        Map.of("decision", "approve"));
    api.post("sjl-worker", "/api/cases/" + caseNo + "/notes", new HashMap<>(Map.of("noteDate",
        LocalDate.now().toString(), "mode", "home_visit", "durationMin", 45, "objective", "评估卫生间安全",
        "narrative", "入户查看卫生间，地面湿滑，无扶手，与女儿商定改造方案")));
    api.complete("sjl-worker", api.taskOf("sjl-worker", caseNo, "Task_Intervention"),
        Map.of("summary", "完成扶手安装，老人已能安全如厕"));
    api.complete("sjl-worker", api.taskOf("sjl-worker", caseNo, "Task_Evaluate"), Map.of(
        "goalAttainment", "目标一：扶手已安装并验收", "overall", "achieved", "outcome", "居家安全明显改善"));
    api.complete("sjl-worker", api.taskOf("sjl-worker", caseNo, "Task_WriteClosure"), Map.of("reason", "goal_met",
        "outcomeEvaluation", outcome, "clientFeedback", "很满意", "followupPlan", "一个月、三个月后回访"));
    api.complete("sjl-supervisor", api.taskOf("sjl-supervisor", caseNo, "Task_ApproveClosure"),
        Map.of("decision", "approve"));
    fireTimer(caseNo, "Timer_FirstFollowUpDue");
    api.complete("sjl-worker", api.taskOf("sjl-worker", caseNo, "Task_FirstFollowUp"),
        Map.of("doneOn", LocalDate.now().toString(), "mode", "phone", "statusNow", "生活正常，扶手使用良好", "reopen", "no"));
    fireTimer(caseNo, "Timer_SecondFollowUpDue");
    api.complete("sjl-worker", api.taskOf("sjl-worker", caseNo, "Task_SecondFollowUp"),
        Map.of("doneOn", LocalDate.now().toString(), "mode", "home_visit", "statusNow", "情况稳定", "reopen", "no"));
    assertThat(IntakeFlow.json(api.get("sjl-worker", "/api/cases/" + caseNo)).get("status").asText())
        .isEqualTo("CLOSED");
    return caseNo;
  }

  private void fireTimer(String caseNo, String activityId) {
    String pid = runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNo)
        .processDefinitionKey("casework").singleResult().getId();
    Job job = management.createJobQuery().processInstanceId(pid).activityId(activityId).singleResult();
    assertThat(job).as(activityId).isNotNull();
    management.executeJob(job.getId());
  }
}
