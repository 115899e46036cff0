package org.socialwork.flow.system;

import java.beans.FeatureDescriptor;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.camunda.bpm.impl.juel.jakarta.el.ELContext;
import org.camunda.bpm.impl.juel.jakarta.el.ELException;
import org.camunda.bpm.impl.juel.jakarta.el.ELResolver;

/**
 * The guard in front of every expression the engine evaluates: a resolver asked first for every property and method of
 * every object an expression touches. It refuses (throws) members that lead out of the model's world
 * ({@code getClass}, {@code forName}, {@code exec}, {@code getProcessEngineServices}…) and any member of objects whose
 * type is the machinery itself: {@code Class}, {@code ClassLoader}, {@code Runtime}, {@code Process*},
 * {@code System}, {@code Thread}, reflection and method handles, {@code java.io}/{@code nio}/{@code net}/{@code sql},
 * scripting, Spring, MyBatis and the engine's services and configuration. Otherwise it leaves the question to the
 * resolvers behind it.
 *
 * <p>The same member list serves the deployment check, so a model using one is refused before it is deployed.
 */
public final class ExpressionSandbox extends ELResolver {

  /** Members no expression may name, on whatever object (lower-cased). */
  private static final Set<String> REFUSED_MEMBERS = Set.of(
      "class", "getclass", "forname", "loadclass", "classloader", "getclassloader", "contextclassloader",
      "getcontextclassloader", "newinstance", "getruntime", "exec",
      "invoke", "invokeexact", "getmethod", "getmethods", "getdeclaredmethod", "getdeclaredmethods", "getfield",
      "getfields", "getdeclaredfield", "getdeclaredfields", "getconstructor", "getconstructors",
      "getdeclaredconstructor", "getdeclaredconstructors", "setaccessible", "trysetaccessible", "getmodule",
      "processengineservices", "getprocessengineservices", "processengine", "getprocessengine",
      "processengineconfiguration", "getprocessengineconfiguration", "commandcontext", "getcommandcontext",
      "applicationcontext", "getapplicationcontext", "beanfactory", "getbeanfactory", "getbean", "halt", "exit",
      "loadlibrary", "getenv", "getproperty", "setproperty", "getproperties", "setproperties",
      "getresource", "getresourceasstream", "getbpmnmodelinstance", "bpmnmodelinstance", "getbpmnmodelelementinstance",
      "bpmnmodelelementinstance", "getcmmnmodelinstance", "getdmnmodelinstance", "protectiondomain",
      "getprotectiondomain", "wait", "notify", "notifyall", "finalize");

  /** Types (and their subtypes) no expression may use at all. */
  private static final List<String> REFUSED_TYPES = List.of(
      "java.lang.Class", "java.lang.ClassLoader", "java.lang.Runtime", "java.lang.Process", "java.lang.ProcessBuilder",
      "java.lang.ProcessHandle", "java.lang.System", "java.lang.Thread", "java.lang.ThreadGroup",
      "java.lang.Module", "java.lang.ModuleLayer", "java.lang.StackWalker", "java.lang.SecurityManager",
      "org.camunda.bpm.engine.ProcessEngine", "org.camunda.bpm.engine.ProcessEngineServices",
      "org.camunda.bpm.engine.ProcessEngineConfiguration", "org.camunda.bpm.engine.impl.interceptor.CommandContext",
      "javax.sql.DataSource", "java.sql.Connection", "org.apache.ibatis.session.SqlSession",
      "org.springframework.beans.factory.BeanFactory", "org.springframework.context.ApplicationContext",
      "javax.script.ScriptEngine", "javax.naming.Context");

  /** Packages whose classes no expression may use. */
  private static final List<String> REFUSED_PACKAGES = List.of(
      "java.lang.reflect.", "java.lang.invoke.", "java.lang.ref.", "java.lang.instrument.", "java.lang.management.",
      "java.io.", "java.nio.", "java.net.", "java.sql.", "javax.sql.", "javax.script.", "javax.naming.",
      "javax.management.", "java.rmi.", "java.security.", "jdk.", "sun.", "com.sun.",
      "org.springframework.", "org.apache.ibatis.", "org.mybatis.", "com.zaxxer.", "org.h2.", "com.mysql.",
      "org.camunda.bpm.engine.impl.cfg.", "org.camunda.bpm.engine.impl.interceptor.",
      "org.camunda.bpm.engine.impl.context.", "org.camunda.bpm.engine.impl.db.", "org.camunda.bpm.engine.impl.el.",
      "org.camunda.bpm.engine.impl.scripting.", "org.camunda.bpm.engine.impl.persistence.deploy.",
      "org.camunda.bpm.impl.juel.", "org.camunda.bpm.container.", "org.camunda.bpm.application.");

  private final ModelBeans published;

  public ExpressionSandbox(ModelBeans published) {
    this.published = published;
  }

  /** Whether an expression may name this member (property or method) on any object. */
  public static boolean allowedMember(String member) {
    return member == null || !REFUSED_MEMBERS.contains(member.toLowerCase(Locale.ROOT));
  }

  /** Whether an expression may touch an object of this type. */
  public static boolean allowedType(Class<?> type) {
    for (Class<?> c = type; c != null; c = c.getSuperclass()) {
      String name = c.getName();
      for (String p : REFUSED_PACKAGES) {
        if (name.startsWith(p)) {
          return false;
        }
      }
    }
    Deque<Class<?>> todo = new ArrayDeque<>();
    todo.add(type);
    while (!todo.isEmpty()) {
      Class<?> c = todo.poll();
      if (REFUSED_TYPES.contains(c.getName()) || isEngineService(c)) {
        return false;
      }
      if (c.getSuperclass() != null) {
        todo.add(c.getSuperclass());
      }
      todo.addAll(List.of(c.getInterfaces()));
    }
    return true;
  }

  /** RuntimeService, RepositoryService, IdentityService…: any engine service reaches the whole engine. */
  private static boolean isEngineService(Class<?> c) {
    return c.isInterface() && "org.camunda.bpm.engine".equals(c.getPackageName()) && c.getSimpleName().endsWith("Service");
  }

  private void check(Object base, Object member) {
    if (base == null) {
      return;
    }
    String name = member == null ? null : String.valueOf(member);
    if (!allowedMember(name)) {
      throw new ELException("Refused by the model sandbox: member '" + name + "' may not be used in a model");
    }
    if (published.isPublishedInstance(base)) {
      return;
    }
    if (!allowedType(base.getClass())) {
      throw new ELException("Refused by the model sandbox: objects of type " + base.getClass().getSimpleName()
          + " may not be used in a model");
    }
  }

  @Override
  public Object getValue(ELContext context, Object base, Object property) {
    check(base, property);
    return null;
  }

  @Override
  public Object invoke(ELContext context, Object base, Object method, Class<?>[] paramTypes, Object[] params) {
    check(base, method);
    return null;
  }

  @Override
  public Class<?> getType(ELContext context, Object base, Object property) {
    check(base, property);
    return null;
  }

  @Override
  public void setValue(ELContext context, Object base, Object property, Object value) {
    check(base, property);
  }

  @Override
  public boolean isReadOnly(ELContext context, Object base, Object property) {
    check(base, property);
    return false;
  }

  @Override
  public Iterator<FeatureDescriptor> getFeatureDescriptors(ELContext context, Object base) {
    return null;
  }

  @Override
  public Class<?> getCommonPropertyType(ELContext context, Object base) {
    return null;
  }
}
