package org.socialwork.flow.organization;

import java.time.Clock;
import java.time.LocalDateTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * At start-up: loads the demo district {@code socialwork.demo-data} names when the database has no district yet
 * (Taiyanggong directly; Lu'an and Kuiwen through the import, {@link DemoImportDistrict}), then makes sure a first
 * administrator exists (password from {@code socialwork.bootstrap-admin.password}; there is no default),
 * then mirrors the organisation into the engine's identity tables.
 */
@Component
@Order(0)
class OrganizationSetup implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(OrganizationSetup.class);

  private final OrganizationMapper organization;
  private final IdentityMirror identity;
  private final DemoDistrict demo;
  private final DemoImportDistrict imported;
  private final TransactionTemplate tx;
  private final Clock clock;
  private final DemoData demoData;
  private final String adminUsername;
  private final String adminPassword;

  OrganizationSetup(OrganizationMapper organization, IdentityMirror identity, DemoDistrict demo,
                    DemoImportDistrict imported, TransactionTemplate tx, Clock clock, DemoData demoData,
                    @Value("${socialwork.bootstrap-admin.username:admin}") String adminUsername,
                    @Value("${socialwork.bootstrap-admin.password:}") String adminPassword) {
    this.organization = organization;
    this.identity = identity;
    this.demo = demo;
    this.imported = imported;
    this.tx = tx;
    this.clock = clock;
    this.demoData = demoData;
    this.adminUsername = adminUsername;
    this.adminPassword = adminPassword;
  }

  @Override
  public void run(ApplicationArguments args) {
    boolean empty = organization.countDistricts() == 0;
    DemoData.District asked = demoData.district();
    if (empty && asked == DemoData.District.LUAN) {
      imported.luan();
    } else if (empty && asked == DemoData.District.KUIWEN) {
      imported.kuiwen();
    }
    tx.executeWithoutResult(status -> {
      if (asked == DemoData.District.TAIYANGGONG && organization.countDistricts() == 0) {
        demo.load();
        log.info("Demo district loaded: accounts listed in README, password 'demo'");
      }
      if (organization.countWithRole(Role.ADMIN) == 0) {
        bootstrapAdministrator();
      }
    });
    if (!empty && demoData.any() && !demoData.present()) {
      log.warn("socialwork.demo-data={} but the database holds another district: no demo data is added to it",
          asked.name().toLowerCase(java.util.Locale.ROOT));
    }
    identity.synchronize();
  }

  private void bootstrapAdministrator() {
    if (adminPassword == null || adminPassword.isBlank()) {
      throw new IllegalStateException("No administrator exists. Set socialwork.bootstrap-admin.password "
          + "(environment variable SOCIALWORK_BOOTSTRAP_ADMIN_PASSWORD) to create the first one.");
    }
    if (adminPassword.length() < 10) {
      throw new IllegalStateException("socialwork.bootstrap-admin.password must have at least 10 characters");
    }
    Person admin = new Person(adminUsername, "管理员", null, true, LocalDateTime.now(clock));
    if (organization.findPerson(adminUsername).isEmpty()) {
      organization.insertPerson(admin);
    }
    organization.insertRole(new RoleAssignment(adminUsername, Role.ADMIN, null));
    identity.ensureUser(admin, adminPassword);
    log.info("First administrator '{}' created from configuration", adminUsername);
  }
}
