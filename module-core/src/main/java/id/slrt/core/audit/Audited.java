package id.slrt.core.audit;

import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A use case whose every successful call goes to the district's audit trail, in the same
 * transaction as what it did: writes, and reads of sensitive data (a person looked up by NIK, a
 * sealed need, an export). The value names the action ({@code household.register}); the target is
 * the id of what was made or the ids and codes the call named (never a body).
 */
@InterceptorBinding
@Retention(RUNTIME)
@Target({METHOD, TYPE})
public @interface Audited {
  @Nonbinding
  String value() default "";
}
