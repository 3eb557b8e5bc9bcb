package id.slrt.core.tenancy;

import jakarta.enterprise.context.ApplicationScoped;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;

/**
 * The connection pool of {@code slrt_platform}. The pool is configured non-transactional (see
 * config/payara): platform reads never join a tenant's JTA transaction, so one transaction never
 * holds two non-XA resources.
 */
@ApplicationScoped
public class PlatformDataSource {
  public static final String JNDI_NAME = "jdbc/slrt/platform";

  private volatile DataSource dataSource;

  public DataSource get() {
    DataSource ds = dataSource;
    if (ds == null) {
      ds = lookup(JNDI_NAME);
      dataSource = ds;
    }
    return ds;
  }

  /** A connection pool by its JNDI name, e.g. a district's ({@link Tenant#jndiName()}). */
  public static DataSource lookup(String jndiName) {
    try {
      return InitialContext.doLookup(jndiName);
    } catch (NamingException e) {
      throw new IllegalStateException("No connection pool is bound to " + jndiName, e);
    }
  }
}
