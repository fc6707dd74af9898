package org.securevote.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.securevote.platform.Text;

/**
 * In a cluster, view- and session-scoped beans travel with the replicated session: one field that
 * cannot be serialized (an {@link Optional} deep in a record, say) and the whole bean stays behind
 * on an instance that may die. Walks every stored field's type, type arguments and, for the
 * project's own types, their fields in turn. Injected fields are CDI's business: Weld checks at
 * deployment that they are passivation capable.
 */
class PassivationTest {
  private static final List<Class<?>> PASSIVATING = List.of(ViewScoped.class, SessionScoped.class);

  @Test
  void everyViewAndSessionScopedBeanSerializesWhole() {
    List<Class<?>> beans =
        new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.securevote.web")
                .stream()
                .filter(c -> PASSIVATING.stream().anyMatch(a -> c.isAnnotatedWith(a.getName())))
                .map(JavaClass::reflect)
                .toList();
    assertFalse(beans.isEmpty(), "no view- or session-scoped bean found");
    List<String> problems = new ArrayList<>();
    for (Class<?> bean : beans) {
      walk(bean, bean.getSimpleName(), new HashSet<>(), problems);
    }
    assertEquals(List.of(), problems);
  }

  @Test
  void findsAnOptionalInsideARecord() {
    List<String> problems = new ArrayList<>();
    walk(Holder.class, "Holder", new HashSet<>(), problems);
    assertEquals(List.of("Holder.inner.note: java.util.Optional is not Serializable"), problems);
  }

  record Inner(String name, Optional<String> note) implements Serializable {}

  static class Holder implements Serializable {
    @Inject Object injected;
    private transient Object skipped;
    private List<Inner> inner;
  }

  private static void walk(Class<?> type, String path, Set<Class<?>> seen, List<String> out) {
    if (!seen.add(type)) {
      return;
    }
    for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
      for (Field f : c.getDeclaredFields()) {
        int mod = f.getModifiers();
        if (Modifier.isStatic(mod)
            || Modifier.isTransient(mod)
            || f.isAnnotationPresent(Inject.class)) {
          continue;
        }
        check(f.getGenericType(), path + "." + f.getName(), seen, out);
      }
    }
  }

  private static void check(Type type, String path, Set<Class<?>> seen, List<String> out) {
    if (type instanceof ParameterizedType p) {
      check(p.getRawType(), path, seen, out);
      for (Type argument : p.getActualTypeArguments()) {
        check(argument, path, seen, out);
      }
    } else if (type instanceof GenericArrayType a) {
      check(a.getGenericComponentType(), path, seen, out);
    } else if (type instanceof WildcardType w) {
      for (Type bound : w.getUpperBounds()) {
        check(bound, path, seen, out);
      }
    } else if (type instanceof Class<?> c) {
      checkClass(c.isArray() ? c.getComponentType() : c, path, seen, out);
    }
  }

  private static void checkClass(Class<?> c, String path, Set<Class<?>> seen, List<String> out) {
    boolean own = c.getName().startsWith("org.securevote.");
    // java.util's collection interfaces: the implementations the code stores are serializable.
    boolean serializable =
        c.isPrimitive() || Serializable.class.isAssignableFrom(c) || (c.isInterface() && !own);
    if (!serializable) {
      out.add(path + ": " + c.getName() + " is not Serializable");
    } else if (own && !c.isEnum() && c != Text.class) { // its arguments: strings, numbers, texts
      walk(c, path, seen, out);
    }
  }
}
