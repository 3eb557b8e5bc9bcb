package id.slrt.web.web;

import id.slrt.core.error.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The language of the screens: Bahasa Indonesia unless the user switches to English. The choice is
 * remembered on the device (a cookie of a year, nothing personal in it), so that the next sign-in
 * opens in the same language.
 */
@Named("language")
@SessionScoped
public class LocaleBacking implements Serializable {
  private static final long serialVersionUID = 1L;

  static final String COOKIE = "slrt-lang";
  private static final int A_YEAR = 365 * 24 * 3600;

  private Locale locale = Messages.INDONESIAN;

  /** Takes the language remembered on this device, if any. */
  @PostConstruct
  void remembered() {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (faces == null) {
      return;
    }
    Object cookie = faces.getExternalContext().getRequestCookieMap().get(COOKIE);
    if (cookie instanceof Cookie c && "en".equals(c.getValue())) {
      locale = Locale.ENGLISH;
    }
  }

  public Locale getLocale() {
    return locale;
  }

  public boolean isEnglish() {
    return Locale.ENGLISH.getLanguage().equals(locale.getLanguage());
  }

  public void toggle() {
    locale = isEnglish() ? Messages.INDONESIAN : Locale.ENGLISH;
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    Map<String, Object> properties = new HashMap<>();
    properties.put("maxAge", A_YEAR);
    properties.put("path", external.getRequestContextPath() + "/");
    properties.put("httpOnly", Boolean.TRUE);
    properties.put("secure", external.isSecure());
    properties.put("SameSite", "Lax");
    external.addResponseCookie(COOKIE, locale.getLanguage(), properties);
  }
}
