package org.socialwork.flow.organization;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo districts built the way a district onboards: the district and its administrator ({@code admin}, password
 * {@code demo}) first, then a workbook in the import template's format submitted to {@link ImportJobs} as that
 * administrator, waited for, and the demo logins given the password {@code demo}. Lu'an: {@link LuanWorkbook};
 * Kuiwen: {@link #kuiwenWorkbook()} (its volunteer year is the volunteer module's, {@code DemoVolunteerYear}).
 */
@Component
class DemoImportDistrict {

  private static final Logger log = LoggerFactory.getLogger(DemoImportDistrict.class);

  static final String KUIWEN = "kuiwen";
  static final String KUIWEN_STATION = "kwkfq";
  static final List<String> KUIWEN_LOGINS = List.of("leader", "kwkfq-supervisor", "kwkfq-worker");

  /** What a load did: the import job and how long it took. */
  record Loaded(ImportJob job, long millis) {
  }

  private final OrganizationMapper organization;
  private final IdentityMirror identity;
  private final ImportJobs imports;
  private final TransactionTemplate tx;
  private final Clock clock;
  private final Duration timeout;

  DemoImportDistrict(OrganizationMapper organization, IdentityMirror identity, ImportJobs imports,
                     TransactionTemplate tx, Clock clock,
                     @Value("${socialwork.demo-import-timeout:PT15M}") Duration timeout) {
    this.organization = organization;
    this.identity = identity;
    this.imports = imports;
    this.tx = tx;
    this.clock = clock;
    this.timeout = timeout;
  }

  Loaded luan() {
    return load(LuanWorkbook.DISTRICT, LuanWorkbook.DISTRICT_NAME, "六安市社工站与人员.xlsx", LuanWorkbook.bytes(),
        LuanWorkbook.DEMO_LOGINS);
  }

  Loaded kuiwen() {
    return load(KUIWEN, "奎文经济开发区", "奎文经济开发区社工站与人员.xlsx", kuiwenWorkbook(), KUIWEN_LOGINS);
  }

  /**
   * Kuiwen's station: the seed names one 社会工作服务站 of the development zone (with 文化站 and 新时代文明实践站 merged
   * into 综合服务点), its resident supervisor and a worker, and the leading group.
   */
  static byte[] kuiwenWorkbook() {
    return ImportJobs.workbook(
        List.of(List.of(KUIWEN_STATION, "奎文经济开发区社会工作服务站", "奎文经济开发区", "服务中心", "奎文区", "是")),
        List.of(List.of("kwkfq-supervisor", "孟庆华", "", "社工师", "supervisor@" + KUIWEN_STATION),
            List.of("kwkfq-worker", "于晓彤", "", "助理社工师", "worker@" + KUIWEN_STATION),
            List.of("leader", "高志强", "", "", "leader")));
  }

  /** The district and its administrator, then the workbook through the import, waited for; idempotent. */
  Loaded load(String district, String districtName, String filename, byte[] workbook, List<String> logins) {
    long started = System.nanoTime();
    tx.executeWithoutResult(s -> {
      if (organization.findDistrictName(district).isEmpty()) {
        organization.insertDistrict(district, districtName);
      }
      if (organization.findPerson(DemoDistrict.ADMIN).isEmpty()) {
        Person admin = new Person(DemoDistrict.ADMIN, "系统管理员", null, true, LocalDateTime.now(clock));
        organization.insertPerson(admin);
        organization.insertRole(new RoleAssignment(DemoDistrict.ADMIN, Role.ADMIN, null));
        identity.ensureUser(admin, DemoDistrict.PASSWORD);
      }
    });
    Person admin = organization.findPerson(DemoDistrict.ADMIN).orElseThrow();
    StaffMember actor = new StaffMember(admin.username(), admin.fullName(), organization.findRoles(admin.username()));
    ImportJob job = imports.submit(actor, filename, workbook);
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!job.finished()) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("The demo district's import " + job.id() + " did not finish within "
            + timeout + " (" + job.done() + " of " + job.total() + " rows)");
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while waiting for the demo district's import", e);
      }
      job = imports.find(actor, job.id()).orElseThrow();
    }
    if (!"DONE".equals(job.status())) {
      throw new IllegalStateException("The demo district's import " + job.id() + " failed: " + job.problem());
    }
    tx.executeWithoutResult(s -> {
      for (String login : logins) {
        organization.findPerson(login).ifPresent(p -> {
          identity.ensureUser(p, DemoDistrict.PASSWORD);
          organization.setMustChangePassword(login, false);
        });
      }
    });
    long millis = (System.nanoTime() - started) / 1_000_000;
    log.info("Demo district {} imported: {} rows ({} changed) in {} ms; logins {} and admin, password 'demo'",
        districtName, job.total(), job.changed(), millis, logins);
    return new Loaded(job, millis);
  }
}
