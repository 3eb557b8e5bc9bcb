package id.slrt.web.web;

import id.slrt.core.error.Messages;
import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;

/** The language of the screens: Bahasa Indonesia unless the user switches to English. */
@Named("language")
@SessionScoped
public class LocaleBacking implements Serializable {
  private static final long serialVersionUID = 1L;

  private Locale locale = Messages.INDONESIAN;

  public Locale getLocale() {
    return locale;
  }

  public boolean isEnglish() {
    return Locale.ENGLISH.getLanguage().equals(locale.getLanguage());
  }

  public void toggle() {
    locale = isEnglish() ? Messages.INDONESIAN : Locale.ENGLISH;
  }
}
