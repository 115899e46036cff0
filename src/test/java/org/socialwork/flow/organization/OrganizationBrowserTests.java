package org.socialwork.flow.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.socialwork.flow.BrowserSessions.screenshot;
import static org.socialwork.flow.BrowserSessions.type;
import static org.socialwork.flow.BrowserSessions.waitFor;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.socialwork.flow.ApplicationTest;
import org.socialwork.flow.BrowserSessions;

/** An administrator adds a person in Chromium on a desktop; the organisation's pages fit a phone (390 × 844). */
@ApplicationTest
class OrganizationBrowserTests {

  @RegisterExtension
  final BrowserSessions browsers = new BrowserSessions("organization");

  @Test
  void anAdminAddsAWorkerAndThePagesFitAPhone() throws IOException {
    WebDriver desktop = browsers.logIn("admin", "系统管理员");
    desktop.get(browsers.url("/admin/organization/people"));
    String user = OrgApi.unique("br");
    type(desktop, "username", user);
    type(desktop, "fullName", "浏览器社工");
    new Select(desktop.findElement(By.id("certification"))).selectByValue("SOCIAL_WORKER");
    new Select(desktop.findElement(By.id("workerAt"))).selectByValue("xbhbl");
    desktop.findElement(By.id("person-submit")).click();
    waitFor(desktop).until(ExpectedConditions.presenceOfElementLocated(By.id("one-time-password")));
    assertThat(desktop.findElement(By.id("person-name")).getText()).contains("浏览器社工");
    screenshot(desktop, "desktop-organization-person");
    desktop.get(browsers.url("/admin/organization"));
    screenshot(desktop, "desktop-organization-stations");

    WebDriver phone = browsers.logInOnPhone("admin", "系统管理员");
    java.util.Map<String, Long> widths = new java.util.LinkedHashMap<>();
    String[] paths = {"/admin/organization", "/admin/organization/people", "/admin/organization/people/" + user,
        "/account/password"};
    for (int i = 0; i < paths.length; i++) {
      phone.get(browsers.url(paths[i]));
      widths.put(paths[i], (Long) ((JavascriptExecutor) phone).executeScript(
          "return document.documentElement.scrollWidth"));
      screenshot(phone, "phone-organization-" + i);
    }
    assertThat(widths).as("pages wider than the phone").allSatisfy((path, width) ->
        assertThat(width).as(path).isLessThanOrEqualTo(BrowserSessions.PHONE_WIDTH));
    phone.get(browsers.url("/admin/organization/people/" + user));
    screenshot(phone, "phone-organization-person");
    phone.get(browsers.url("/admin/organization"));
    screenshot(phone, "phone-organization-stations");
  }
}
