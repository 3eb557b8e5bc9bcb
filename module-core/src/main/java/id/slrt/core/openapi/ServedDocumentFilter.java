package id.slrt.core.openapi;

import java.lang.reflect.Method;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;

/**
 * Keeps the served OpenAPI document standard. Payara adds a top-level {@code endpoints} list to the
 * document it serves (its own extension, not an OpenAPI field and not prefixed {@code x-}), so
 * validators and client generators report the document as invalid; this filter, the last step
 * before Payara writes the document, takes it out. Its model class has no interface method for
 * that, hence the reflective call; on a server without the field there is nothing to do. The
 * integration test that generates a client from {@code /openapi} fails if the field comes back.
 */
public class ServedDocumentFilter implements OASFilter {
  @Override
  public void filterOpenAPI(OpenAPI openAPI) {
    try {
      Method setter = openAPI.getClass().getMethod("setEndpoints", Map.class);
      setter.invoke(
          openAPI, new java.util.HashMap<>()); // null breaks its clone(); empty is left out
    } catch (NoSuchMethodException notPayara) {
      // another implementation: no such field to remove
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot remove Payara's endpoints from /openapi", e);
    }
  }
}
