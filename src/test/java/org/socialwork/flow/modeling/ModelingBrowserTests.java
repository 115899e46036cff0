package org.socialwork.flow.modeling;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.socialwork.flow.ApplicationTest;
import org.socialwork.flow.BrowserSessions;
import org.socialwork.flow.organization.StaffDirectory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The administrator in a real browser: the diagram of a version with the waiting count overlaid (and the bpmn.io
 * watermark), then the bpmn-js modeler: select a task, rename it and give it a due date in our property panel, preview
 * the impact and deploy version 2.
 */
@ApplicationTest
class ModelingBrowserTests {

  @Autowired ModelDeployment deployment;
  @Autowired StaffDirectory staff;
  @Autowired RepositoryService repository;
  @Autowired RuntimeService runtime;

  @RegisterExtension
  final BrowserSessions browsers = new BrowserSessions("modeling");

  @Test
  void anAdministratorRenamesATaskInTheModelerAndDeploysVersionTwo() throws Exception {
    String key = TrialModels.newKey();
    SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
        staff.find("admin").orElseThrow(), null, List.of()));
    ModelDeployment.Outcome outcome;
    try {
      outcome = deployment.deploy(key, Map.of(key + ".bpmn", TrialModels.bytes(TrialModels.intakeAs(key))));
    } finally {
      SecurityContextHolder.clearContext();
    }
    ProcessDefinition v1 = outcome.definitions().get(0);
    runtime.startProcessInstanceById(v1.getId(), key + "-1", Map.of("stationCode", "xbhbl",
        "registeredBy", "xbhbl-worker", "approvalTimeout", "P3D"));

    WebDriver driver = browsers.logIn("admin", null);
    WebDriverWait wait = new WebDriverWait(driver, java.time.Duration.ofSeconds(20));

    driver.get(browsers.url("/admin/processes/definitions/" + v1.getId()));
    WebElement count = driver.findElement(By.cssSelector(".instance-count[data-activity='Task_ScreenIntake']"));
    assertThat(count.getText()).isEqualTo("1");
    assertThat(driver.findElement(By.cssSelector(".bjs-powered-by")).isDisplayed()).as("bpmn.io watermark").isTrue();
    BrowserSessions.screenshot(driver, "modeling-diagram");

    driver.findElement(By.id("edit-link")).click();
    wait.until(ExpectedConditions.attributeToBe(By.id("canvas"), "data-rendered", "true"));
    assertThat(driver.findElements(By.cssSelector("#canvas svg g.djs-element"))).hasSizeGreaterThan(10);
    wait.until(ExpectedConditions.attributeToBe(By.id("canvas"), "data-rendered", "true"));
    WebElement task = wait.until(ExpectedConditions.presenceOfElementLocated(
        By.cssSelector("#canvas g.djs-element[data-element-id='Task_ScreenIntake'] .djs-hit")));
    task.click();
    wait.until(ExpectedConditions.attributeToBe(By.id("prop-id"), "value", "Task_ScreenIntake"));
    assertThat(driver.findElement(By.id("prop-name")).getDomProperty("value")).isEqualTo("筛查接案请求");
    assertThat(driver.findElement(By.id("prop-formRef")).getDomProperty("value")).isEqualTo("intake-screen");
    WebElement name = driver.findElement(By.id("prop-name"));
    name.clear();
    name.sendKeys("初步筛查接案请求", Keys.TAB);
    WebElement due = driver.findElement(By.id("prop-dueDate"));
    due.sendKeys("P4D", Keys.TAB);
    wait.until(ExpectedConditions.textToBePresentInElementLocated(
        By.cssSelector("#canvas g.djs-element[data-element-id='Task_ScreenIntake']"), "初步筛查接案请求"));

    driver.findElement(By.id("impact-button")).click();
    WebElement kept = wait.until(ExpectedConditions.presenceOfElementLocated(
        By.cssSelector("#impact tr[data-activity='Task_ScreenIntake']")));
    assertThat(kept.getDomAttribute("class")).isEqualTo("kept");

    driver.findElement(By.id("deploy-button")).click();
    WebElement deployed = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("deployed")));
    assertThat(deployed.getDomAttribute("data-version")).isEqualTo("2");
    BrowserSessions.screenshot(driver, "modeling-deployed");

    ProcessDefinition v2 = repository.createProcessDefinitionQuery().processDefinitionKey(key).latestVersion()
        .singleResult();
    assertThat(v2.getVersion()).isEqualTo(2);
    UserTask screened = repository.getBpmnModelInstance(v2.getId()).getModelElementById("Task_ScreenIntake");
    assertThat(screened.getName()).isEqualTo("初步筛查接案请求");
    assertThat(screened.getCamundaDueDate()).isEqualTo("P4D");
    assertThat(screened.getCamundaFormRef()).isEqualTo("intake-screen");
    assertThat(runtime.createProcessInstanceQuery().processDefinitionId(v1.getId()).count()).isEqualTo(1);

    driver.get(browsers.url("/admin/processes/" + key));
    WebElement v2Row = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#versions tr[data-version='2']")));
    assertThat(v2Row.findElement(By.cssSelector(".deployed-by")).getText()).isEqualTo("admin");
    assertThat(driver.findElement(By.cssSelector("#versions tr[data-version='1'] .running")).getText()).isEqualTo("1");
    assertThat(driver.findElements(By.cssSelector("#audit tr.audit-DEPLOY"))).hasSize(2);
    BrowserSessions.screenshot(driver, "modeling-versions");
  }
}
