package id.slrt.core.security;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The roles a service operation allows, read from its own {@link RolesAllowed} (or its class's):
 * the one place that says who may call it. Screens ask through {@link AccessPolicy#mayCall} whether
 * to offer an action, so that a button and the service behind it cannot disagree.
 */
public final class Operations {
  /** Everyone signed in may call it (no annotation, or {@link PermitAll}). */
  public static final Set<String> ANYONE = Set.of("*");

  private static final Map<String, Set<String>> CACHE = new ConcurrentHashMap<>();

  private Operations() {}

  /**
   * The role names that may call the public method of this name (every overload must agree).
   *
   * @throws IllegalArgumentException when there is no such method, or overloads disagree
   */
  public static Set<String> allowed(Class<?> service, String method) {
    return CACHE.computeIfAbsent(service.getName() + "#" + method, k -> read(service, method));
  }

  private static Set<String> read(Class<?> service, String name) {
    Set<Set<String>> found =
        Arrays.stream(service.getMethods())
            .filter(m -> m.getName().equals(name) && m.getDeclaringClass() != Object.class)
            .map(m -> rolesOf(service, m))
            .collect(Collectors.toSet());
    if (found.size() != 1) {
      throw new IllegalArgumentException(
          found.isEmpty()
              ? "no public method " + name + " in " + service.getName()
              : "the overloads of " + service.getName() + "." + name + " allow different roles");
    }
    return found.iterator().next();
  }

  private static Set<String> rolesOf(Class<?> service, Method method) {
    if (method.isAnnotationPresent(DenyAll.class)) {
      return Set.of();
    }
    if (method.isAnnotationPresent(PermitAll.class)) {
      return ANYONE;
    }
    RolesAllowed roles = method.getAnnotation(RolesAllowed.class);
    if (roles == null) {
      roles = service.getAnnotation(RolesAllowed.class);
    }
    return roles == null ? ANYONE : Set.of(roles.value());
  }
}
