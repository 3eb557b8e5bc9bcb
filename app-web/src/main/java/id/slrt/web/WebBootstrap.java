package id.slrt.web;

import id.slrt.core.bootstrap.PlatformBootstrap;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;

/**
 * Starts the platform when the web module comes up. The web module's class loader sees every module
 * of the EAR, which is what the tenants' persistence units need.
 */
@ApplicationScoped
public class WebBootstrap {
  @Inject PlatformBootstrap platform;

  void onStart(@Observes @Initialized(ApplicationScoped.class) ServletContext context) {
    platform.start(Thread.currentThread().getContextClassLoader());
  }
}
