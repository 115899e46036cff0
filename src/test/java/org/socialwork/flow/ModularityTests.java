package org.socialwork.flow;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.apache.ibatis.annotations.Mapper;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/**
 * The module boundaries (DESIGN.md, "Modules"): every top-level package under {@code org.socialwork.flow} is a module.
 * Spring Modulith checks that no module cycle exists and that modules use only each other's published types; the
 * rules below add what Modulith cannot see on its own, because every public class in a module's package counts as
 * published for it: a mapper (and the records nested in it) is a module's internal, never used by another module.
 */
class ModularityTests {

  private static final String BASE = "org.socialwork.flow";

  private static final JavaClasses CLASSES = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages(BASE);

  @Test
  void modulesFormNoCycleAndUseOnlyEachOthersPublishedTypes() {
    ApplicationModules.of(FlowApplication.class).verify();
  }

  @Test
  void noModuleUsesAnotherModulesMapper() {
    classes().should(new ArchCondition<JavaClass>("use no mapper (or type nested in one) of another module") {
      @Override
      public void check(JavaClass item, ConditionEvents events) {
        for (Dependency d : item.getDirectDependenciesFromSelf()) {
          JavaClass target = outermost(d.getTargetClass());
          if (target.isAnnotatedWith(Mapper.class) && !module(target).equals(module(item))) {
            events.add(SimpleConditionEvent.violated(d, d.getDescription()));
          }
        }
      }
    }).check(CLASSES);
  }

  private static JavaClass outermost(JavaClass c) {
    JavaClass out = c;
    while (out.getEnclosingClass().isPresent()) {
      out = out.getEnclosingClass().get();
    }
    return out;
  }

  /** The module of a class: the first package segment under the base package ("" for the base package itself). */
  static String module(JavaClass c) {
    String pkg = c.getPackageName();
    if (!pkg.startsWith(BASE + ".")) {
      return pkg.equals(BASE) ? "" : pkg;
    }
    String rest = pkg.substring(BASE.length() + 1);
    int dot = rest.indexOf('.');
    return dot < 0 ? rest : rest.substring(0, dot);
  }
}
