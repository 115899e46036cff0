package org.socialwork.flow.organization;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.SimpleTransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

/** Without demo data the first administrator needs a configured password: there is no default one. */
class OrganizationSetupTests {

  private final OrganizationMapper organization = mock(OrganizationMapper.class);
  private final IdentityMirror identity = mock(IdentityMirror.class);
  private final DemoDistrict demo = mock(DemoDistrict.class);
  private final DemoImportDistrict imported = mock(DemoImportDistrict.class);
  private final TransactionTemplate tx = new TransactionTemplate() {
    @Override
    public <T> T execute(org.springframework.transaction.support.TransactionCallback<T> action) {
      return action.doInTransaction(new SimpleTransactionStatus());
    }
  };

  private OrganizationSetup setup(boolean demoData, String password) {
    return setup(demoData ? "true" : "false", password);
  }

  private OrganizationSetup setup(String demoData, String password) {
    return new OrganizationSetup(organization, identity, demo, imported, tx, Clock.systemDefaultZone(),
        DemoData.of(DemoData.parse(demoData)), "admin", password);
  }

  @Test
  void refusesToStartWithoutAnAdministratorOrAPasswordForOne() {
    when(organization.countWithRole(Role.ADMIN)).thenReturn(0);
    assertThatThrownBy(() -> setup(false, "").run(null)).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("socialwork.bootstrap-admin.password");
    verify(identity, never()).ensureUser(any(), any());
  }

  @Test
  void refusesAShortPassword() {
    when(organization.countWithRole(Role.ADMIN)).thenReturn(0);
    assertThatThrownBy(() -> setup(false, "admin").run(null)).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void createsTheFirstAdministratorFromConfiguration() {
    when(organization.countWithRole(Role.ADMIN)).thenReturn(0);
    when(organization.findPerson("admin")).thenReturn(Optional.empty());
    setup(false, "a-long-secret-1").run(null);
    verify(organization).insertRole(new RoleAssignment("admin", Role.ADMIN, null));
    verify(identity).ensureUser(any(Person.class), eq("a-long-secret-1"));
    verify(identity).synchronize();
    verify(demo, never()).load();
  }

  @Test
  void loadsTheDemoDistrictOnceWhenAskedTo() {
    when(organization.countDistricts()).thenReturn(0);
    when(organization.countWithRole(Role.ADMIN)).thenReturn(1);
    setup(true, "").run(null);
    verify(demo).load();
  }

  @Test
  void leavesAnExistingDistrictAlone() {
    when(organization.countDistricts()).thenReturn(1);
    when(organization.countWithRole(Role.ADMIN)).thenReturn(1);
    setup(true, "").run(null);
    verify(demo, never()).load();
    verify(identity).synchronize();
  }

  @Test
  void buildsLuanAndKuiwenThroughTheImportOnlyIntoAnEmptyDatabase() {
    when(organization.countDistricts()).thenReturn(0);
    when(organization.countWithRole(Role.ADMIN)).thenReturn(1);
    setup("luan", "").run(null);
    verify(imported).luan();
    verify(imported, never()).kuiwen();
    setup("kuiwen", "").run(null);
    verify(imported).kuiwen();
    verify(demo, never()).load();

    when(organization.countDistricts()).thenReturn(1);
    setup("luan", "").run(null);
    setup("kuiwen", "").run(null);
    verify(imported).luan();
    verify(imported).kuiwen();
  }

  @Test
  void anyOtherDemoDistrictRefusesToStartNamingTheAllowedOnes() {
    assertThatThrownBy(() -> DemoData.parse("lu'an")).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("socialwork.demo-data='lu'an'").hasMessageContaining("luan")
        .hasMessageContaining("kuiwen").hasMessageContaining("true");
    org.assertj.core.api.Assertions.assertThat(DemoData.parse(" LUAN ")).isEqualTo(DemoData.District.LUAN);
    org.assertj.core.api.Assertions.assertThat(DemoData.parse("true")).isEqualTo(DemoData.District.TAIYANGGONG);
    org.assertj.core.api.Assertions.assertThat(DemoData.parse(null)).isEqualTo(DemoData.District.NONE);
  }

  @Test
  void aModulesDemoDataLandsOnlyOnItsOwnDistrict() {
    when(organization.findDistrictName("taiyanggong")).thenReturn(Optional.empty());
    when(organization.findDistrictName("luan")).thenReturn(Optional.of("六安市"));
    // asked for Taiyanggong on a database that holds Lu'an: Taiyanggong's cases and meetings stay out
    org.assertj.core.api.Assertions.assertThat(new DemoData("true", organization).taiyanggong()).isFalse();
    org.assertj.core.api.Assertions.assertThat(new DemoData("luan", organization).luan()).isTrue();
    org.assertj.core.api.Assertions.assertThat(new DemoData("kuiwen", organization).kuiwen()).isFalse();
    when(organization.findDistrictName("taiyanggong")).thenReturn(Optional.of("太阳宫地区"));
    org.assertj.core.api.Assertions.assertThat(new DemoData("true", organization).taiyanggong()).isTrue();
  }
}
