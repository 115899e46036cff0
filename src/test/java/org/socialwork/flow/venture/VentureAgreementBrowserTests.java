package org.socialwork.flow.venture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.socialwork.flow.BrowserSessions.setDate;
import static org.socialwork.flow.BrowserSessions.waitFor;
import static org.socialwork.flow.venture.VentureApi.created;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.socialwork.flow.ApplicationTest;
import org.socialwork.flow.BrowserSessions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * 签订三方协议 in a real (headless) Chromium: on a phone the officer (the leading group's 王建国) picks a file that is
 * not a PDF and sees the refusal beside the field; on the desktop he picks the signed PDF, the task is done and the
 * application page links the agreement.
 */
@ApplicationTest
class VentureAgreementBrowserTests {

  @RegisterExtension
  final BrowserSessions browsers = new BrowserSessions("venture");

  @LocalServerPort
  int port;

  @Autowired
  RuntimeService runtime;

  @Autowired
  ManagementService management;

  private static Path file(String name, byte[] content) throws IOException {
    Path dir = Files.createTempDirectory("agreement");
    Path f = dir.resolve(name);
    Files.write(f, content);
    f.toFile().deleteOnExit();
    dir.toFile().deleteOnExit();
    return f;
  }

  /** An application of a new organisation at 西坝河北里, approved and posted: the leader's agreement task waits. */
  private String signing(VentureApi api) {
    Map<String, Object> org = api.organization(VentureApi.unique("金安区浏览器社工服务中心"), "xbhbl");
    long round = created(api.post("leader", "/api/venture/rounds",
        VentureApi.aRound("leader", List.of("mentor"), List.of(), 100000))).get("id").asLong();
    String no = api.submit((String) org.get("username"), VentureApi.anApplication(round, "xbhbl", "活动物资=9000"));
    api.completed("leader", no, "Task_Screen", Map.of("outcome", "pass", "note", "材料齐全，符合申报条件"));
    api.completed("mentor", no, "Task_Score", Map.of("scores", "need=90, feasible=80, budget=70", "comment", "需求明确"));
    api.completed("leader", no, "Task_Determine", Map.of("decision", "approve", "amount", 9000));
    String pi = runtime.createProcessInstanceQuery().processInstanceBusinessKey(no).singleResult().getId();
    management.executeJob(management.createJobQuery().processInstanceId(pi).timers().singleResult().getId());
    return no;
  }

  @Test
  void theOfficerUploadsTheSignedAgreementOnThePhoneAndTheDesktop() throws IOException {
    VentureApi api = new VentureApi(port);
    String no = signing(api);
    String task = api.taskOf("leader", no, "Task_SignAgreement");

    WebDriver phone = browsers.logInOnPhone("leader", "王建国");
    phone.get(browsers.url("/tasks/" + task));
    waitFor(phone).until(ExpectedConditions.textToBe(By.id("task-name"), "签订三方协议"));
    phone.findElement(By.id("agreement")).sendKeys(file("三方协议.pdf", "MZ not a pdf".getBytes())
        .toAbsolutePath().toString());
    setDate(phone, "signedOn", LocalDate.now().toString());
    ((JavascriptExecutor) phone).executeScript("arguments[0].scrollIntoView({block: 'center'});",
        phone.findElement(By.id("complete")));
    phone.findElement(By.id("complete")).click();
    waitFor(phone).until(ExpectedConditions.visibilityOfElementLocated(By.id("error-agreement")));
    assertThat(phone.findElement(By.id("error-agreement")).getText()).contains("PDF、JPG 或 PNG");
    BrowserSessions.scrollTo(phone, "agreement");
    BrowserSessions.screenshot(phone, "venture-agreement-refused-phone");

    WebDriver desktop = browsers.logIn("leader", "王建国");
    desktop.get(browsers.url("/tasks/" + task));
    waitFor(desktop).until(ExpectedConditions.textToBe(By.id("task-name"), "签订三方协议"));
    BrowserSessions.screenshot(desktop, "venture-agreement-task");
    desktop.findElement(By.id("agreement")).sendKeys(file("三方协议-" + no + ".pdf", VentureApi.PDF)
        .toAbsolutePath().toString());
    setDate(desktop, "signedOn", LocalDate.now().toString());
    desktop.findElement(By.id("complete")).click();
    waitFor(desktop).until(ExpectedConditions.urlMatches("/tasks$"));

    desktop.get(browsers.url("/venture/applications/" + no));
    waitFor(desktop).until(ExpectedConditions.visibilityOfElementLocated(By.id("agreement-download")));
    assertThat(desktop.findElement(By.id("agreement-download")).getText()).contains("三方协议-" + no + ".pdf");
    assertThat(desktop.findElement(By.id("agreement-download")).getDomAttribute("href"))
        .isEqualTo("/venture/applications/" + no + "/agreement");
    BrowserSessions.screenshot(desktop, "venture-agreement-linked");
    assertThat(api.application("leader", no).get("status").asText()).isEqualTo("PAYING");
  }
}
