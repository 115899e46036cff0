package org.socialwork.flow.system;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.core.annotation.AliasFor;
import org.springframework.stereotype.Component;

/**
 * A Spring bean that process models may name in their expressions ({@code ${openCaseworkDelegate}},
 * {@code ${meetingRoster.stations(meetingId)}}). It is a {@link Component} whose name is the one the models use. Every
 * other bean (mappers, services, {@code jdbcTemplate}, Spring's own) is out of reach of models: the engine's
 * expressions resolve only process variables and these beans ({@link SandboxedExpressions}), and a model naming an
 * unpublished bean is refused at deployment.
 *
 * <p>A capability adding a delegate or listener annotates it {@code @ModelBean("myDelegate")} instead of
 * {@code @Component}; without it the start-up deployment of a model that names it is refused.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Component
public @interface ModelBean {

  /** The bean's name, as the models write it. */
  @AliasFor(annotation = Component.class)
  String value();
}
