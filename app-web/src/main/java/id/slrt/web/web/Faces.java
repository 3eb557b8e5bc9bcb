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
   * beside its input (a {@code <p:message for>} there shows it), the input marked invalid (red,
   * with {@code aria-invalid}) and the first brought into view; every refusal also in the form's
   * message list as "label: reason". Fields without an input on the screen, and refusals that are
   * not about a field, go to the message list only.
   *
   * @param label the field path as the service names it to the field's name on the screen (null:
   *     the reason alone)
   * @param clientIdOf the field path to its input's client id (null: no input), e.g. {@link
   *     #inputsOf}
   */
  public static void refused(
      BusinessException e,
      java.util.function.Function<String, String> label,
      java.util.function.Function<String, String> clientIdOf) {
    FacesContext faces = FacesContext.getCurrentInstance();
    Locale locale = locale();
    faces.getExternalContext().getFlash().setKeepMessages(true);
    if (!(e instanceof ValidationException v) || v.errors().isEmpty()) {
      error(null, e.message(locale));
      return;
    }
    String first = null;
    for (FieldError error : v.errors()) {
      String name = label.apply(error.field());
      String reason = error.message(locale);
      String summary = (name == null ? "" : name + ": ") + reason;
      String clientId = clientIdOf.apply(error.field());
      if (clientId != null && markInvalid(faces, clientId)) {
        faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, summary, reason));
        if (first == null) {
          first = clientId;
        }
      } else {
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, summary, null));
      }
    }
    faces.validationFailed();
    if (first != null) {
      org.primefaces.PrimeFaces.current().scrollTo(first);
    }
  }

  /**
   * As {@link #refused(BusinessException, java.util.function.Function,
   * java.util.function.Function)} for a form whose refused fields map to fixed client ids.
   *
   * @param fields field path to client id, e.g. {@code "unitCode" -> "users:unit"}; a field with an
   *     index ({@code "roles[1]"}) falls back to its path without it
   */
  public static void refused(BusinessException e, java.util.Map<String, String> fields) {
    refused(
        e,
        field -> null,
        field -> {
          String clientId = fields.get(field);
          return clientId != null ? clientId : fields.get(field.replaceAll("\\[\\d+\\]$", ""));
        });
  }

  /**
   * The inputs of a form by the field paths a service names: the input whose id is the path's last
   * part ({@code "address.rt"} is input {@code rt}) unless {@code renames} says otherwise (a rename
   * to null: no input). Inputs are found wherever they are in the form, inside tabs too.
   */
  public static java.util.function.Function<String, String> inputsOf(
      String formId, java.util.Map<String, String> renames) {
    return field -> {
      String bare = field.replaceAll("\\[\\d+]", "");
      String id =
          renames.containsKey(field)
              ? renames.get(field)
              : renames.containsKey(bare)
                  ? renames.get(bare)
                  : bare.substring(bare.lastIndexOf('.') + 1);
      return id == null ? null : clientIdIn(formId, id);
    };
  }

  private static String clientIdIn(String formId, String id) {
    FacesContext faces = FacesContext.getCurrentInstance();
    jakarta.faces.component.UIComponent form = faces.getViewRoot().findComponent(formId);
    if (form == null) {
      return null;
    }
    String[] found = new String[1];
    form.visitTree(
        jakarta.faces.component.visit.VisitContext.createVisitContext(
            faces, null, java.util.Set.of(jakarta.faces.component.visit.VisitHint.SKIP_ITERATION)),
        (context, component) -> {
          if (id.equals(component.getId())
              && component instanceof jakarta.faces.component.EditableValueHolder) {
            found[0] = component.getClientId(faces);
            return jakarta.faces.component.visit.VisitResult.COMPLETE;
          }
          return jakarta.faces.component.visit.VisitResult.ACCEPT;
        });
    return found[0];
  }

  /** Marks an input invalid; false when the view has no such input. */
  private static boolean markInvalid(FacesContext faces, String clientId) {
    boolean[] input = new boolean[1];
    faces
        .getViewRoot()
        .invokeOnComponent(
            faces,
            clientId,
            (context, component) -> {
              if (component instanceof jakarta.faces.component.EditableValueHolder holder) {
                // PrimeFaces draws an invalid input of a failed request from its submitted value
                // only (empty once the model has it): give it back what was typed
                if (holder.getSubmittedValue() == null
                    && holder.getValue() instanceof String typed) {
                  holder.setSubmittedValue(typed);
                }
                holder.setValid(false);
                input[0] = true;
              }
            });
    return input[0];
  }
}
