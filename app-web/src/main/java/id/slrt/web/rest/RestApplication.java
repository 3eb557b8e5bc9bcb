package id.slrt.web.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The REST API other agencies code against: {@code /slrt/api/v1}.
 *
 * <p>Resources are {@code @ApplicationScoped}: they hold nothing of a request (its parts come as
 * method parameters), and a resource made anew for every request resolved the reference to its
 * enterprise bean by JNDI every time (measured with ./slrt bench, JFR).
 */
@ApplicationPath("api/v1")
@OpenAPIDefinition(
    info =
        @Info(
            title = "SLRT API",
            version = "1",
            description = "Sistem Layanan Rujukan Terpadu: households, referrals, KLIK, PKH"))
@SecurityScheme(
    securitySchemeName = "bearer",
    type = SecuritySchemeType.HTTP,
    scheme = "bearer",
    bearerFormat = "JWT")
public class RestApplication extends Application {}
