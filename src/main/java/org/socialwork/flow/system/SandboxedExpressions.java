package org.socialwork.flow.system;

import java.beans.FeatureDescriptor;
import java.util.Iterator;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.el.JuelExpressionManager;
import org.camunda.bpm.engine.impl.el.VariableContextElResolver;
import org.camunda.bpm.engine.impl.el.VariableScopeElResolver;
import org.camunda.bpm.impl.juel.jakarta.el.ArrayELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.BeanELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.CompositeELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.ELContext;
import org.camunda.bpm.impl.juel.jakarta.el.ELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.ListELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.MapELResolver;
import org.springframework.stereotype.Component;

/**
 * Replaces the engine's expression manager (Spring's, which resolves every bean of the application context) with one
 * that resolves, behind the {@link ExpressionSandbox} guard, only: the execution or task and its process variables,
 * the beans published with {@link ModelBean}, and members of arrays, lists, maps and plain objects. So no model reaches
 * {@code jdbcTemplate}, a mapper, a service or Spring itself, and no expression calls into reflection or the operating
 * system. Set in {@code preInit}, after the Spring Boot starter put its own manager in place and before the engine
 * initialises its expression functions with it.
 */
@Component
public class SandboxedExpressions extends AbstractProcessEnginePlugin {

  private final ModelBeans published;

  public SandboxedExpressions(ModelBeans published) {
    this.published = published;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setExpressionManager(new Manager(published));
  }

  /** The engine's JUEL manager with the sandbox's resolvers. */
  static final class Manager extends JuelExpressionManager {

    private final ModelBeans published;

    Manager(ModelBeans published) {
      this.published = published;
    }

    @Override
    protected ELResolver createElResolver() {
      CompositeELResolver resolver = new CompositeELResolver();
      resolver.add(new ExpressionSandbox(published));
      resolver.add(new VariableScopeElResolver());
      resolver.add(new VariableContextElResolver());
      resolver.add(new PublishedBeans(published));
      resolver.add(new ArrayELResolver(true));
      resolver.add(new ListELResolver(true));
      resolver.add(new MapELResolver(true));
      resolver.add(new BeanELResolver(true));
      return resolver;
    }
  }

  /** Top-level names that are published beans (read-only). */
  static final class PublishedBeans extends ELResolver {

    private final ModelBeans published;

    PublishedBeans(ModelBeans published) {
      this.published = published;
    }

    @Override
    public Object getValue(ELContext context, Object base, Object property) {
      if (base == null && property != null) {
        Object bean = published.bean(String.valueOf(property)).orElse(null);
        if (bean != null) {
          context.setPropertyResolved(true);
          return bean;
        }
      }
      return null;
    }

    @Override
    public Class<?> getType(ELContext context, Object base, Object property) {
      return null;
    }

    @Override
    public void setValue(ELContext context, Object base, Object property, Object value) {
    }

    @Override
    public boolean isReadOnly(ELContext context, Object base, Object property) {
      if (base == null && property != null && published.isPublished(String.valueOf(property))) {
        context.setPropertyResolved(true);
        return true;
      }
      return false;
    }

    @Override
    public Iterator<FeatureDescriptor> getFeatureDescriptors(ELContext context, Object base) {
      return null;
    }

    @Override
    public Class<?> getCommonPropertyType(ELContext context, Object base) {
      return Object.class;
    }
  }
}
