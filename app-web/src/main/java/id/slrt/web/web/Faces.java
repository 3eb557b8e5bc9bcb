package id.slrt.web.web;

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
}
