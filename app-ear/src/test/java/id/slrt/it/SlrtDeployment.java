package id.slrt.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

/** The EAR exactly as the build packaged it: what the tests deploy is what users run. */
final class SlrtDeployment {
  private SlrtDeployment() {}

  static EnterpriseArchive ear() {
    return ShrinkWrap.createFromZipFile(
        EnterpriseArchive.class, new File(System.getProperty("slrt.ear")));
  }
}
