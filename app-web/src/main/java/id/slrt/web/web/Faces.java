package id.slrt.web.web;

import id.slrt.core.error.BusinessException;
import id.slrt.core.error.FieldError;
import id.slrt.core.error.ValidationException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** Small helpers for backing beans: the screen's bundle and faces messages. */
public final class Faces {
  private Faces() {}

  public static Locale locale() {
    return FacesContext.getCurrentInstance().getViewRoot().getLocale();
  }

  public static String text(String key, Object... args) {
    FacesContext faces = FacesContext.getCurrentInstance();
    ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "msg");
    String pattern = bundle.containsKey(key) ? bundle.getString(key) : key;
    return args.length == 0 ? pattern : new MessageFormat(pattern, locale()).format(args);
  }

  public static void info(String message) {
    add(null, FacesMessage.SEVERITY_INFO, message);
  }

  public static void error(String clientId, String message) {
    add(clientId, FacesMessage.SEVERITY_ERROR, message);
  }

  private static void add(String clientId, FacesMessage.Severity severity, String message) {
    FacesContext faces = FacesContext.getCurrentInstance();
    faces.addMessage(clientId, new FacesMessage(severity, message, null));
    faces.getExternalContext().getFlash().setKeepMessages(true);
  }

  /**
   * Shows why a use case refused a request, the one way every screen does it: each refused field
   * beside its input (the field path as the service names it, mapped to the input's client id;
   * fields without an input go to the form's messages), anything else as one error for the form.
   *
   * @param fields field path to client id, e.g. {@code "unitCode" -> "users:unit"}
   */
  public static void refused(BusinessException e, java.util.Map<String, String> fields) {
    Locale locale = locale();
    if (e instanceof ValidationException v && !v.errors().isEmpty()) {
      for (FieldError error : v.errors()) {
        String clientId = fields.get(error.field());
        if (clientId == null) {
          String base = error.field().replaceAll("\\[\\d+\\]$", "");
          clientId = fields.get(base);
        }
        error(clientId, error.message(locale));
      }
    } else {
      error(null, e.message(locale));
    }
  }

  /**
   * As {@link #refused(BusinessException, java.util.Map)}, for a form that lists refused fields in
   * its messages rather than beside inputs: each as "label: reason" ({@code label} may answer null
   * for the reason alone).
   */
  public static void refused(
      BusinessException e, java.util.function.Function<String, String> label) {
    Locale locale = locale();
    if (e instanceof ValidationException v && !v.errors().isEmpty()) {
      for (FieldError error : v.errors()) {
        String name = label.apply(error.field());
        error(null, (name == null ? "" : name + ": ") + error.message(locale));
      }
    } else {
      error(null, e.message(locale));
    }
  }

  /**
   * Marks the inputs of the refused fields invalid (PrimeFaces draws them red, with {@code
   * aria-invalid}) and brings the first into view, so that an officer at the bottom of a long form
   * sees what to fix. {@code clientIdOf} maps a field path to its input's client id (null: none).
   */
  public static void markRefused(
      BusinessException e, java.util.function.Function<String, String> clientIdOf) {
    if (!(e instanceof ValidationException v)) {
      return;
    }
    FacesContext faces = FacesContext.getCurrentInstance();
    String first = null;
    for (FieldError error : v.errors()) {
      String clientId = clientIdOf.apply(error.field());
      if (clientId == null) {
        continue;
      }
      boolean found =
          faces
              .getViewRoot()
              .invokeOnComponent(
                  faces,
                  clientId,
                  (context, component) -> {
                    if (component instanceof jakarta.faces.component.EditableValueHolder input) {
                      input.setValid(false);
                    }
                  });
      if (found && first == null) {
        first = clientId;
      }
    }
    faces.validationFailed();
    if (first != null) {
      org.primefaces.PrimeFaces.current().scrollTo(first);
    }
  }
}
