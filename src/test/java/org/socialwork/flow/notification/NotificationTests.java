package org.socialwork.flow.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.socialwork.flow.notification.NotifyApi.expect;
import static org.socialwork.flow.notification.NotifyApi.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.socialwork.flow.ApplicationTest;
import org.socialwork.flow.tasklist.OverdueEscalation;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * Notifications from the task projection's events, with a real SMTP server in the test JVM (GreenMail): offers to a
 * group as one digest, a return, an escalation, overdue and due-today notices, each once, as each person chose.
 */
@ApplicationTest
class NotificationTests {

  @RegisterExtension
  static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

  @Autowired
  JavaMailSenderImpl mailSender;

  @Autowired
  MailDispatch dispatch;

  @Autowired
  DueReminders reminders;

  @Autowired
  OverdueEscalation escalation;

  @Autowired
  TaskService tasks;

  @Autowired
  org.springframework.transaction.support.TransactionTemplate transactions;

  @LocalServerPort
  int port;

  NotifyApi api;
  int configuredPort;

  @BeforeEach
  void pointTheMailAtGreenMail() throws Exception {
    api = new NotifyApi(port);
    configuredPort = mailSender.getPort();
    mailSender.setPort(smtp.getSmtp().getPort());
    // what earlier tests left pending goes out before this test counts its own mails
    dispatch.sendSingles();
    dispatch.sendOfferDigests();
    smtp.purgeEmailFromAllMailboxes();
  }

  @AfterEach
  void restoreTheMailPort() {
    mailSender.setPort(configuredPort);
  }

  @Test
  void threeTasksOfferedToAGroupMakeOneDigestMailForEachPersonWhoChoseMail() throws Exception {
    NotifyApi.Station s = api.newStation();
    String address = s.supervisor() + "@example.org";
    api.prefer(s.supervisor(), Map.of("offered", "email"), address);

    List<String> cases = List.of(api.intakeAwaitingApproval(s), api.intakeAwaitingApproval(s),
        api.intakeAwaitingApproval(s));
    for (String caseNo : cases) {
      String approval = api.taskOf(s.supervisor(), caseNo, "Task_ApproveOpening");
      assertThat(api.about(s.supervisor(), "offered", approval)).as("offered to the supervisor").hasSize(1);
      assertThat(api.about(s.supervisor2(), "offered", approval)).as("and to the station's other supervisor")
          .hasSize(1);
      assertThat(api.about("xbhbl-supervisor", "offered", approval)).as("not to another station's").isEmpty();
      assertThat(api.about(s.worker(), "offered", approval)).isEmpty();
    }
    assertThat(api.notifications(s.worker())).as("the worker did it all: nothing to tell them").isEmpty();
    // a fourth offer claimed by the other supervisor before the quarter hour: it is left out of the digest
    String claimed = api.intakeAwaitingApproval(s);
    String claimedTask = api.taskOf(s.supervisor2(), claimed, "Task_ApproveOpening");
    assertThat(api.about(s.supervisor(), "offered", claimedTask)).hasSize(1);
    expect(204, api.as(s.supervisor2(), HttpMethod.POST, "/api/tasks/" + claimedTask + "/claim", null));
    assertThat(smtp.getReceivedMessages()).as("offers wait for the quarter hour's digest").isEmpty();

    assertThat(dispatch.sendOfferDigests()).isEqualTo(1);
    MimeMessage[] mails = smtp.getReceivedMessages();
    assertThat(mails).hasSize(1);
    assertThat(Arrays.stream(mails[0].getRecipients(Message.RecipientType.TO)).map(Object::toString))
        .containsExactly(address);
    assertThat(mails[0].getSubject()).isEqualTo("【社工站】3 项任务等待认领");
    String body = GreenMailUtil.getBody(mails[0]);
    assertThat(mails[0].getContent().toString()).contains(cases.get(0)).contains(cases.get(1)).contains(cases.get(2))
        .contains("/tasks/").doesNotContain(claimed);
    assertThat(body).isNotEmpty();

    assertThat(dispatch.sendOfferDigests()).as("each offer is mailed once").isZero();
    assertThat(smtp.getReceivedMessages()).hasSize(1);
  }

  @Test
  void aReturnedApprovalReachesTheWorkerAsReturnedInTheCentreAndByMail() throws Exception {
    NotifyApi.Station s = api.newStation();
    String address = s.worker() + "@example.org";
    api.prefer(s.worker(), Map.of("returned", "email", "assigned", "none"), address);
    api.prefer(s.supervisor2(), Map.of("offered", "none"), null);
    String caseNo = api.intakeAwaitingApproval(s);
    String approval = api.taskOf(s.supervisor(), caseNo, "Task_ApproveOpening");
    assertThat(api.about(s.supervisor2(), "offered", approval)).as("offers are off for supervisor2").isEmpty();

    api.complete(s.supervisor(), approval, Map.of("decision", "return", "comment", "请补充家庭支持情况"));
    String again = api.taskOf(s.worker(), caseNo, "Task_ScreenIntake");
    List<JsonNode> returned = api.about(s.worker(), "returned", again);
    assertThat(returned).hasSize(1);
    assertThat(returned.get(0).get("title").asText()).contains("退回").contains(caseNo);
    assertThat(returned.get(0).get("link").asText()).isEqualTo("/tasks/" + again);
    assertThat(api.about(s.worker(), "assigned", again)).as("told once, as a return").isEmpty();

    assertThat(dispatch.sendSingles()).isEqualTo(1);
    MimeMessage[] mails = smtp.getReceivedMessages();
    assertThat(mails).hasSize(1);
    assertThat(mails[0].getRecipients(Message.RecipientType.TO)[0].toString()).isEqualTo(address);
    assertThat(mails[0].getSubject()).isEqualTo("【社工站】已退回：筛查接案请求");
    assertThat(mails[0].getContent().toString()).contains("/tasks/" + again).contains(caseNo);
  }

  @Test
  void aTaskChangeThatRollsBackTellsNobodyAndOneThatCommitsDoes() {
    NotifyApi.Station s = api.newStation();
    String caseNo = api.intakeAwaitingApproval(s);
    String approval = api.taskOf(s.supervisor(), caseNo, "Task_ApproveOpening");
    assertThat(api.notifications(s.worker())).isEmpty();

    org.assertj.core.api.Assertions.assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
      tasks.complete(approval, Map.of("approved", false));
      throw new IllegalStateException("the rest of the use case failed");
    })).hasMessageContaining("failed");
    assertThat(api.taskOf(s.supervisor(), caseNo, "Task_ApproveOpening")).isEqualTo(approval);
    assertThat(api.notifications(s.worker())).as("the return rolled back: nothing told").isEmpty();

    transactions.executeWithoutResult(status -> tasks.complete(approval, Map.of("approved", false)));
    String again = api.taskOf(s.worker(), caseNo, "Task_ScreenIntake");
    assertThat(api.about(s.worker(), "returned", again)).as("committed: told").hasSize(1);
  }

  @Test
  void anApprovalAssignedByTheProcessIsToldToItsAssigneeAndEscalationsAndOverdueTasksOnce() {
    NotifyApi.Station s = api.newStation();
    String caseNo = api.intakeAwaitingApproval(s);
    String approval = api.taskOf(s.supervisor(), caseNo, "Task_ApproveOpening");
    // the supervisor approves and names the responsible worker: the assessment is the worker's, assigned by another
    api.complete(s.supervisor(), approval, Map.of("decision", "approve", "responsibleWorker", s.worker()));
    String assessment = api.taskOf(s.worker(), caseNo, "Task_RecordAssessment");
    assertThat(api.about(s.worker(), "assigned", assessment)).hasSize(1);
    assertThat(api.about(s.worker(), "returned", assessment)).isEmpty();

    tasks.setDueDate(assessment, new Date(System.currentTimeMillis() - 3 * 86_400_000L));
    escalation.escalate();
    escalation.escalate();
    assertThat(api.about(s.supervisor(), "escalated", assessment)).hasSize(1);
    assertThat(api.about(s.supervisor2(), "escalated", assessment)).hasSize(1);
    assertThat(api.about("xbhbl-supervisor", "escalated", assessment)).isEmpty();

    reminders.overdue();
    reminders.overdue();
    List<JsonNode> overdue = api.about(s.worker(), "overdue", assessment);
    assertThat(overdue).hasSize(1);
    assertThat(overdue.get(0).get("subject").asText()).as("the label the projection gave").contains("王秀英")
        .contains(caseNo);
    assertThat(api.about(s.supervisor(), "overdue", assessment)).isEmpty();
  }

  @Test
  void anUnclaimedTaskEscalatedToTheSupervisorsIsToldAsAnEscalationNotAlsoAsAnOffer() {
    NotifyApi.Station s = api.newStation();
    String caseNo = api.intakeAwaitingApproval(s);
    api.complete(s.supervisor(), api.taskOf(s.supervisor(), caseNo, "Task_ApproveOpening"),
        Map.of("decision", "approve", "responsibleWorker", s.worker()));
    String assessment = api.taskOf(s.worker(), caseNo, "Task_RecordAssessment");
    // the worker gives it back to the station's workers: unassigned, offered to the worker group only
    expect(204, api.as(s.worker(), HttpMethod.POST, "/api/tasks/" + assessment + "/unclaim", null));
    assertThat(api.about(s.supervisor(), "offered", assessment)).isEmpty();

    tasks.setDueDate(assessment, new Date(System.currentTimeMillis() - 3 * 86_400_000L));
    escalation.escalate();
    assertThat(api.about(s.supervisor(), "escalated", assessment)).hasSize(1);
    assertThat(api.about(s.supervisor(), "offered", assessment))
        .as("the supervisors became candidates by the escalation: told once, as an escalation").isEmpty();
    assertThat(api.about(s.supervisor2(), "offered", assessment)).isEmpty();
  }

  @Test
  void theDailyDigestTellsEachPersonTheirTasksDueTodayOnce() throws Exception {
    NotifyApi.Station s = api.newStation();
    String address = s.worker() + "@example.org";
    api.prefer(s.worker(), Map.of("due_today", "email"), address);
    String caseNo = json(expect(201, api.as(s.worker(), HttpMethod.POST, "/api/processes/intake/start",
        org.socialwork.flow.Fixtures.anIntake(s.code())))).get("businessKey").asText();
    String screening = api.taskOf(s.worker(), caseNo, "Task_ScreenIntake");
    LocalDate today = LocalDate.now();
    tasks.setDueDate(screening, Date.from(today.atTime(12, 0).atZone(ZoneId.systemDefault()).toInstant()));

    assertThat(reminders.dueToday(today)).isPositive();
    reminders.dueToday(today);
    List<JsonNode> digest = api.notifications(s.worker()).stream()
        .filter(n -> n.get("kind").asText().equals("due_today")).toList();
    assertThat(digest).hasSize(1);
    assertThat(digest.get(0).get("count").asInt()).isEqualTo(1);
    assertThat(digest.get(0).get("subject").asText()).isEqualTo(today.toString());

    assertThat(dispatch.sendSingles()).isEqualTo(1);
    MimeMessage[] mails = smtp.getReceivedMessages();
    assertThat(mails).hasSize(1);
    assertThat(mails[0].getRecipients(Message.RecipientType.TO)[0].toString()).isEqualTo(address);
    assertThat(mails[0].getSubject()).isEqualTo("【社工站】今日到期任务 1 项");
    assertThat(mails[0].getContent().toString()).contains("筛查接案请求").contains("/tasks/" + screening);
  }

  @Test
  void onlyTheRecipientReadsAndMarksANotification() {
    NotifyApi.Station s = api.newStation();
    String caseNo = api.intakeAwaitingApproval(s);
    String approval = api.taskOf(s.supervisor(), caseNo, "Task_ApproveOpening");
    JsonNode offer = api.about(s.supervisor(), "offered", approval).get(0);
    long id = offer.get("id").asLong();
    int unread = json(api.as(s.supervisor(), HttpMethod.GET, "/api/notifications", null)).get("unread").asInt();
    assertThat(unread).isPositive();

    expect(404, api.as(s.supervisor2(), HttpMethod.POST, "/api/notifications/" + id + "/read", null));
    expect(404, api.as("admin", HttpMethod.POST, "/api/notifications/" + id + "/read", null));
    assertThat(api.notifications("admin").stream().map(n -> n.get("id").asLong())).doesNotContain(id);
    assertThat(api.about(s.supervisor(), "offered", approval).get(0).get("read").isNull())
        .as("another's attempt changed nothing").isTrue();

    JsonNode read = json(expect(200, api.as(s.supervisor(), HttpMethod.POST, "/api/notifications/" + id + "/read",
        null)));
    assertThat(read.get("read").isNull()).isFalse();
    assertThat(json(api.as(s.supervisor(), HttpMethod.GET, "/api/notifications", null)).get("unread").asInt())
        .isEqualTo(unread - 1);
    assertThat(json(api.as(s.supervisor(), HttpMethod.GET, "/api/notifications?unread=true&size=200", null))
        .get("items").findValues("id").stream().map(JsonNode::asLong)).doesNotContain(id);

    expect(200, api.as(s.supervisor2(), HttpMethod.POST, "/api/notifications/read-all", null));
    assertThat(json(api.as(s.supervisor2(), HttpMethod.GET, "/api/notifications", null)).get("unread").asInt())
        .isZero();
    assertThat(json(api.as(s.supervisor(), HttpMethod.GET, "/api/notifications", null)).get("unread").asInt())
        .as("one person's read-all leaves the other's").isEqualTo(unread - 1);
  }
}
