package id.slrt.web.openapi;

import jakarta.ws.rs.Path;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Writes {@code META-INF/openapi.json} at build time (exec-maven-plugin, phase process-classes):
 * {@code OpenApiBuild <classes directory> <output file>}. The resources are every class with {@link
 * Path} under the classes directory, so a module's new resource is in the document without anyone
 * editing a list.
 */
public final class OpenApiBuild {
  private OpenApiBuild() {}

  public static void main(String[] args) throws IOException {
    java.nio.file.Path classes = java.nio.file.Path.of(args[0]);
    java.nio.file.Path output = java.nio.file.Path.of(args[1]);
    String json = Json.write(OpenApiDocument.of(resources(classes)));
    Files.createDirectories(output.getParent());
    Files.writeString(output, json, StandardCharsets.UTF_8);
  }

  /** The JAX-RS resource classes (classes annotated with {@link Path}) under a classes folder. */
  public static List<Class<?>> resources(java.nio.file.Path classes) {
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    List<Class<?>> found = new ArrayList<>();
    try (Stream<java.nio.file.Path> files = Files.walk(classes)) {
      for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
        String name = classes.relativize(file).toString();
        name = name.substring(0, name.length() - ".class".length()).replace('/', '.');
        Class<?> type = Class.forName(name, false, loader);
        if (type.isAnnotationPresent(Path.class)
            && !type.isInterface()
            && !Modifier.isAbstract(type.getModifiers())) {
          found.add(type);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
    return found;
  }
}
