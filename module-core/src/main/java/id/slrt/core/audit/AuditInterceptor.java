package id.slrt.core.audit;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;

/** Writes an {@link Audited} call to the audit trail once it has succeeded. */
@Audited
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class AuditInterceptor {
  private static final int MAX_TARGET = 200;

  @Inject AuditTrail trail;

  @AroundInvoke
  Object audit(InvocationContext call) throws Exception {
    Object result = call.proceed();
    Method method = call.getMethod();
    Audited audited = method.getAnnotation(Audited.class);
    if (audited == null) {
      audited = method.getDeclaringClass().getAnnotation(Audited.class);
    }
    String action =
        audited != null && !audited.value().isEmpty()
            ? audited.value()
            : method.getDeclaringClass().getSimpleName().replaceFirst("^Default", "")
                + "."
                + method.getName();
    trail.record(action, target(call.getParameters(), result));
    return result;
  }

  /** The id of what was made, else the ids and codes the call named. */
  static String target(Object[] parameters, Object result) {
    Object id = idOf(result);
    if (id != null) {
      return "#" + id;
    }
    List<String> named = new ArrayList<>();
    for (Object p : parameters == null ? new Object[0] : parameters) {
      if (p instanceof Number || (p instanceof String s && s.length() <= 40 && !s.isBlank())) {
        named.add(String.valueOf(p));
      }
    }
    String t = String.join(",", named);
    return t.isEmpty() ? null : t.length() > MAX_TARGET ? t.substring(0, MAX_TARGET) : t;
  }

  private static Object idOf(Object result) {
    if (result == null || !result.getClass().isRecord()) {
      return null;
    }
    try {
      Method id = result.getClass().getMethod("id");
      Object value = id.invoke(result);
      return value instanceof Number ? value : null;
    } catch (ReflectiveOperationException e) {
      return null;
    }
  }
}
