package id.slrt.web.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.context.ResponseWriterWrapper;
import java.io.IOException;
import org.primefaces.component.messages.Messages;
import org.primefaces.component.messages.MessagesRenderer;

/**
 * PrimeFaces' messages with valid list markup. PrimeFaces 15 gives each message's {@code <li>}
 * {@code role="alert"}, which takes away its list-item role, so that the {@code <ul>} holds no list
 * items (axe-core's "list" rule, WCAG 1.3.1). The container already has {@code aria-live}, which
 * announces the messages; so the {@code role} of the items is left out and everything else is
 * PrimeFaces' own.
 */
public class AccessibleMessagesRenderer extends MessagesRenderer {

  @Override
  protected void encodeMessage(
      ResponseWriter writer, Messages uiMessages, FacesMessage msg, String severity, boolean escape)
      throws IOException {
    super.encodeMessage(new WithoutItemRole(writer), uiMessages, msg, severity, escape);
  }

  /** Passes everything on but a {@code role} on an {@code li}. */
  private static final class WithoutItemRole extends ResponseWriterWrapper {
    private String element;

    WithoutItemRole(ResponseWriter wrapped) {
      super(wrapped);
    }

    @Override
    public void startElement(String name, jakarta.faces.component.UIComponent component)
        throws IOException {
      element = name;
      super.startElement(name, component);
    }

    @Override
    public void writeAttribute(String name, Object value, String property) throws IOException {
      if ("li".equals(element) && "role".equals(name)) {
        return;
      }
      super.writeAttribute(name, value, property);
    }
  }
}
