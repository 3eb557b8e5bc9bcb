package id.slrt.core.tenancy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;

/**
 * Hands out {@code @TenantDb EntityManager}: a thin proxy that sends every call to the current
 * transaction's EntityManager of the current request's tenant. Repositories inject it once and
 * never see which tenant they serve.
 */
@ApplicationScoped
public class TenantEntityManagerProducer {
  @Inject TransactionEntityManagers managers;

  @Produces
  @TenantDb
  EntityManager entityManager() {
    return (EntityManager)
        Proxy.newProxyInstance(
            EntityManager.class.getClassLoader(),
            new Class<?>[] {EntityManager.class},
            (proxy, method, args) -> {
              if (method.getDeclaringClass() == Object.class) {
                return switch (method.getName()) {
                  case "equals" -> proxy == args[0];
                  case "hashCode" -> System.identityHashCode(proxy);
                  default -> "TenantEntityManager";
                };
              }
              try {
                return method.invoke(managers.current(), args);
              } catch (InvocationTargetException e) {
                throw e.getCause();
              }
            });
  }
}
