package org.socialwork.flow.system;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.stereotype.Component;

/**
 * The registry of beans published to process models ({@link ModelBean}): the names a deployment may use and the
 * instances the engine's expressions may reach. Names are read from the bean definitions, so asking does not create
 * beans while the engine is being built; an instance is fetched when an expression first needs it.
 */
@Component
public class ModelBeans {

  private final ListableBeanFactory beans;
  private volatile Set<String> names;
  private final Set<Object> instances = Collections.synchronizedSet(Collections.newSetFromMap(new IdentityHashMap<>()));

  public ModelBeans(ListableBeanFactory beans) {
    this.beans = beans;
  }

  /** The published names, sorted. */
  public Set<String> names() {
    Set<String> known = names;
    if (known == null) {
      known = Collections.unmodifiableSet(new TreeSet<>(Set.of(beans.getBeanNamesForAnnotation(ModelBean.class))));
      names = known;
    }
    return known;
  }

  public boolean isPublished(String name) {
    return names().contains(name);
  }

  /** Whether the name is a bean of the application at all (published or not). */
  public boolean isBean(String name) {
    return beans.containsBean(name);
  }

  /** The published bean of that name, if any. */
  public Optional<Object> bean(String name) {
    if (!isPublished(name)) {
      return Optional.empty();
    }
    Object bean = beans.getBean(name);
    instances.add(bean);
    return Optional.of(bean);
  }

  /** Whether the object is one of the published beans (a proxy's own type is then not held against it). */
  boolean isPublishedInstance(Object o) {
    return instances.contains(o);
  }
}
