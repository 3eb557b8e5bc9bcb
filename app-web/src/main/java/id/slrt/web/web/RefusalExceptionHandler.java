package id.slrt.web.web;

import id.slrt.core.error.AccessDeniedException;
import id.slrt.core.error.Messages;
import jakarta.ejb.AccessLocalException;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.FacesException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Iterator;

/**
 * A screen action the caller's roles do not allow (the container refused the service call, or the
 * access policy did) is answered as a refusal: within an ajax request a message in the page, on a
 * full request the refusal page with 403. Never the 500 page for what is simply not permitted.
 */
public class RefusalExceptionHandler extends ExceptionHandlerWrapper {

  public RefusalExceptionHandler(ExceptionHandler wrapped) {
    super(wrapped);
  }

  @Override
  public void handle() throws FacesException {
    FacesContext faces = FacesContext.getCurrentInstance();
    Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
    while (events.hasNext()) {
      Throwable t = events.next().getContext().getException();
      if (isRefusal(t)) {
        events.remove();
        refuse(faces);
      }
    }
    getWrapped().handle();
  }

  static boolean isRefusal(Throwable t) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (c instanceof EJBAccessException
          || c instanceof AccessLocalException
          || c instanceof AccessDeniedException) {
        return true;
      }
    }
    return false;
  }

  private static void refuse(FacesContext faces) {
    if (faces.getPartialViewContext().isAjaxRequest()) {
      faces.addMessage(
          null,
          new FacesMessage(
              FacesMessage.SEVERITY_ERROR, Messages.get(Faces.locale(), "auth.forbidden"), null));
      faces.renderResponse();
      return;
    }
    try {
      HttpServletResponse response = (HttpServletResponse) faces.getExternalContext().getResponse();
      if (!response.isCommitted()) {
        response.reset();
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        faces.getExternalContext().dispatch("/refused.xhtml");
      }
      faces.responseComplete();
    } catch (IOException e) {
      throw new FacesException(e);
    }
  }

  /** Registered in faces-config.xml. */
  public static class Factory extends ExceptionHandlerFactory {
    public Factory(ExceptionHandlerFactory wrapped) {
      super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
      return new RefusalExceptionHandler(getWrapped().getExceptionHandler());
    }
  }
}
