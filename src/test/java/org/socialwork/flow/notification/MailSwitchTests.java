package org.socialwork.flow.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.mail.javamail.JavaMailSender;

/** Mail is off unless Spring Mail is configured (no JavaMailSender without spring.mail.host): nothing is queued. */
class MailSwitchTests {

  @Test
  @SuppressWarnings("unchecked")
  void withoutAMailSenderAKindChosenForMailIsShownInTheCentreOnlyAndNothingIsSent() {
    NotificationMapper mapper = mock(NotificationMapper.class);
    when(mapper.findChannel("liu", "ASSIGNED")).thenReturn(Optional.of("EMAIL"));
    when(mapper.findAddress("liu")).thenReturn(Optional.of("liu@example.org"));
    when(mapper.insertOnce(any(), any())).thenReturn(1);
    ObjectProvider<JavaMailSender> none = mock(ObjectProvider.class);
    NotificationPreferences preferences = new NotificationPreferences(mapper, Clock.systemDefaultZone());
    NotificationCentre centre = new NotificationCentre(mapper, preferences, none, Clock.systemDefaultZone());

    assertThat(centre.mailConfigured()).isFalse();
    assertThat(centre.notify("liu", NotificationKind.ASSIGNED, "assigned:t1", "t1", "筛查接案请求", "王秀英",
        "/tasks/t1", 0)).isTrue();
    ArgumentCaptor<NewNotification> written = ArgumentCaptor.forClass(NewNotification.class);
    verify(mapper).insertOnce(written.capture(), any());
    assertThat(written.getValue().mailState()).as("not queued for mail").isNull();

    MailDispatch dispatch = new MailDispatch(mapper, preferences, none, new StaticMessageSource(), null,
        Clock.systemDefaultZone(), "noreply@socialwork.invalid", "http://localhost:8080", Duration.ofMinutes(10), 5,
        "zh-CN");
    assertThat(dispatch.sendSingles()).isZero();
    assertThat(dispatch.sendOfferDigests()).isZero();
    verify(mapper, never()).claimMail(any(), anyString(), any());
  }

  @Test
  @SuppressWarnings("unchecked")
  void aKindTurnedOffWritesNothing() {
    NotificationMapper mapper = mock(NotificationMapper.class);
    when(mapper.findChannel("liu", "OFFERED")).thenReturn(Optional.of("NONE"));
    ObjectProvider<JavaMailSender> sender = mock(ObjectProvider.class);
    when(sender.getIfAvailable()).thenReturn(mock(JavaMailSender.class));
    NotificationCentre centre = new NotificationCentre(mapper,
        new NotificationPreferences(mapper, Clock.systemDefaultZone()), sender, Clock.systemDefaultZone());
    assertThat(centre.notify("liu", NotificationKind.OFFERED, "offered:t1", "t1", "审批开案", "", "/tasks/t1", 0))
        .isFalse();
    verify(mapper, never()).insertOnce(any(), any());
    verify(mapper, never()).insertOnce(any(), eq(null));
  }
}
