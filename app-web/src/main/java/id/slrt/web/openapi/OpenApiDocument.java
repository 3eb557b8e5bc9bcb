package id.slrt.web.openapi;

import id.slrt.web.rest.Idempotent;
import id.slrt.web.rest.OptionalIfMatch;
import id.slrt.web.rest.Problem;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The OpenAPI 3 document of the REST API, built from the resource classes themselves: paths and
 * parameters from the JAX-RS annotations (JAX-RS regular expressions taken out of the templates), a
 * schema for every record that goes in or out (as JSON-B writes it), problem+json for every error,
 * the bearer scheme. Every operation must carry {@link Operation} with an operationId and a
 * summary, every resource a {@link Tag}, and every method answering a bare {@link Response} an
 * {@link APIResponseSchema} or {@link APIResponse}: the build fails otherwise, so that no endpoint
 * goes out undocumented. {@link OpenApiBuild} writes it at build time to {@code
 * META-INF/openapi.json}, which the server serves at {@code /openapi}.
 */
public final class OpenApiDocument {
  static final String PROBLEM = Problem.MEDIA_TYPE;
  private static final String PROBLEM_REF = "#/components/schemas/Problem";

  private final Map<String, Object> schemas = new TreeMap<>();
  private final Map<String, Type> schemaOwners = new HashMap<>();
  private final Map<String, Object> problems = new TreeMap<>();
  private final List<String> errors = new ArrayList<>();

  private OpenApiDocument() {}

  /** The document for these resource classes, or an exception listing everything undocumented. */
  public static Map<String, Object> of(Collection<Class<?>> resources) {
    return new OpenApiDocument().build(resources);
  }

  private Map<String, Object> build(Collection<Class<?>> resources) {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("openapi", "3.0.3");
    doc.put(
        "info",
        map(
            "title",
            "SLRT API",
            "version",
            "1",
            "description",
            "Sistem Layanan Rujukan Terpadu: families, needs, referrals, KLIK, PKH. "
                + "Every district is a tenant in the path (/t/{tenant}/...). Errors are RFC"
                + " 9457 problem documents. Writes accept an Idempotency-Key header; reads of"
                + " one resource return an ETag that updates take in If-Match.",
            "license",
            map("name", "Apache-2.0")));
    doc.put(
        "servers",
        List.of(
            map(
                "url",
                "/slrt/api/v1",
                "description",
                "This server (the URL is relative to where this document is served)")));
    Map<String, Object> paths = new TreeMap<>();
    List<Map<String, Object>> tags = new ArrayList<>();
    List<Class<?>> sorted = new ArrayList<>(resources);
    sorted.sort(Comparator.comparing(Class::getName));
    Map<String, String> operationIds = new HashMap<>();
    for (Class<?> resource : sorted) {
      Tag tag = resource.getAnnotation(Tag.class);
      if (tag == null || tag.name().isBlank()) {
        errors.add(resource.getName() + ": no @Tag");
        continue;
      }
      tags.add(map("name", tag.name(), "description", tag.description()));
      Method[] methods = resource.getMethods();
      Arrays.sort(methods, Comparator.comparing(Method::getName));
      for (Method method : methods) {
        String verb = verb(method);
        if (verb == null) {
          continue;
        }
        String path = path(resource, method);
        Map<String, Object> operation = operation(resource, method, path, tag.name());
        if (operation == null) {
          continue;
        }
        String id = (String) operation.get("operationId");
        String earlier = operationIds.put(id, resource.getSimpleName() + "." + method.getName());
        if (earlier != null) {
          errors.add("operationId " + id + " used twice: " + earlier + " and " + method);
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> item =
            (Map<String, Object>) paths.computeIfAbsent(path, p -> new LinkedHashMap<>());
        if (item.put(verb, operation) != null) {
          errors.add(verb.toUpperCase() + " " + path + " declared twice");
        }
      }
    }
    if (!errors.isEmpty()) {
      throw new IllegalStateException(
          "The REST API is not fully documented:\n  " + String.join("\n  ", errors));
    }
    tags.sort(Comparator.comparing(t -> (String) t.get("name")));
    doc.put("tags", tags);
    doc.put("paths", paths);
    schema(Problem.class);
    doc.put(
        "components",
        map(
            "schemas",
            schemas,
            "responses",
            problems,
            "securitySchemes",
            map(
                "bearer",
                map(
                    "type", "http",
                    "scheme", "bearer",
                    "bearerFormat", "JWT",
                    "description", "The access_token from POST /auth/token, valid one hour."))));
    return doc;
  }

  private Map<String, Object> operation(Class<?> resource, Method method, String path, String tag) {
    String where = resource.getSimpleName() + "." + method.getName();
    Operation about = method.getAnnotation(Operation.class);
    if (about == null || about.operationId().isBlank() || about.summary().isBlank()) {
      errors.add(where + ": no @Operation with operationId and summary");
      return null;
    }
    Map<String, Object> operation = new LinkedHashMap<>();
    operation.put("tags", List.of(tag));
    operation.put("summary", about.summary());
    if (!about.description().isBlank()) {
      operation.put("description", about.description());
    }
    operation.put("operationId", about.operationId());

    List<Object> parameters = new ArrayList<>();
    Map<String, Parameter> pathParams = new HashMap<>();
    Parameter entity = null;
    boolean ifMatch = false;
    for (Parameter p : method.getParameters()) {
      if (p.isAnnotationPresent(PathParam.class)) {
        pathParams.put(p.getAnnotation(PathParam.class).value(), p);
      } else if (p.isAnnotationPresent(QueryParam.class)) {
        String name = p.getAnnotation(QueryParam.class).value();
        parameters.add(
            map(
                "name",
                name,
                "in",
                "query",
                "required",
                false,
                "schema",
                queryParamSchema(name, p.getParameterizedType())));
      } else if (p.isAnnotationPresent(HeaderParam.class)) {
        String name = p.getAnnotation(HeaderParam.class).value();
        ifMatch |= HttpHeaders.IF_MATCH.equalsIgnoreCase(name);
        parameters.add(header(name));
      } else if (!p.isAnnotationPresent(Context.class)
          && !p.isAnnotationPresent(jakarta.ws.rs.BeanParam.class)) {
        entity = p;
      }
    }
    boolean idempotent =
        method.isAnnotationPresent(Idempotent.class)
            || resource.isAnnotationPresent(Idempotent.class);
    if (idempotent) {
      parameters.add(header("Idempotency-Key"));
    }
    List<Object> all = new ArrayList<>();
    for (String name : templateNames(path)) {
      Parameter p = pathParams.get(name);
      Map<String, Object> param = new LinkedHashMap<>();
      param.put("name", name);
      param.put("in", "path");
      param.put("required", true);
      if ("tenant".equals(name)) {
        param.put("description", "The district, e.g. karawang, maros, kendal, trenggalek.");
        param.put("schema", map("type", "string", "pattern", "^[a-z][a-z0-9-]{1,39}$"));
        param.put("example", "karawang");
      } else {
        param.put("schema", p == null ? map("type", "string") : schema(p.getParameterizedType()));
      }
      all.add(param);
    }
    all.addAll(parameters);
    if (!all.isEmpty()) {
      operation.put("parameters", all);
    }

    if (entity != null) {
      operation.put("requestBody", requestBody(resource, method, entity));
    }

    Map<String, Object> responses = new LinkedHashMap<>();
    success(resource, method, where, responses);
    boolean secured =
        resource.isAnnotationPresent(SecurityRequirement.class)
            || method.isAnnotationPresent(SecurityRequirement.class);
    problem(responses, "400", "Bad input: the problem names the refused fields in errors");
    if (secured) {
      problem(responses, "401", "No token, or an expired, revoked or forged one");
      problem(responses, "403", "The caller's roles or district do not allow this");
    }
    if (path.startsWith("/t/")) {
      problem(responses, "404", "No such district or record (or one the caller may not know of)");
    }
    String verb = verb(method);
    if (!"get".equals(verb)) {
      problem(responses, "409", "A duplicate, or a change the record's state does not allow");
    }
    // an endpoint's own refusals, declared with @APIResponse (a GET that answers 409, say)
    for (APIResponse r : method.getAnnotationsByType(APIResponse.class)) {
      if (isProblem(r)) {
        responses.put(r.responseCode(), problemResponse(r.description()));
      }
    }
    if (ifMatch) {
      problem(responses, "412", "If-Match names an older version: read the record again");
      if (!method.isAnnotationPresent(OptionalIfMatch.class)) {
        problem(responses, "428", "If-Match is required for this change");
      }
    }
    if (entity != null) {
      problem(responses, "413", "The body is larger than the endpoint accepts");
      problem(responses, "415", "The body is not of a type the endpoint accepts");
    }
    if (idempotent) {
      problem(responses, "422", "The Idempotency-Key was used before with another body");
    }
    if (resource.getSimpleName().equals("AuthResource")) {
      problem(responses, "429", "Too many failed sign-ins: wait for Retry-After seconds");
    }
    problem(responses, "default", "Any other error, as a problem document");
    operation.put("responses", responses);
    if (secured) {
      operation.put("security", List.of(map("bearer", List.of())));
    } else {
      operation.put("security", List.of());
    }
    return operation;
  }

  private void success(
      Class<?> resource, Method method, String where, Map<String, Object> responses) {
    String produces = mediaType(method.getAnnotation(Produces.class), resource, Produces.class);
    Type returned = method.getGenericReturnType();
    APIResponseSchema declared = method.getAnnotation(APIResponseSchema.class);
    APIResponse[] plain =
        java.util.Arrays.stream(method.getAnnotationsByType(APIResponse.class))
            .filter(r -> !isProblem(r))
            .toArray(APIResponse[]::new);
    if (declared != null) {
      String code = declared.responseCode().isBlank() ? "200" : declared.responseCode();
      responses.put(
          code,
          response(
              declared.responseDescription().isBlank() ? "Done" : declared.responseDescription(),
              produces,
              declared.value()));
    } else if (plain.length > 0) {
      for (APIResponse r : plain) {
        responses.put(r.responseCode(), map("description", r.description()));
      }
    } else if (returned == void.class) {
      responses.put("204", map("description", "Done"));
    } else if (returned == Response.class) {
      errors.add(where + " answers a Response: say what with @APIResponseSchema or @APIResponse");
    } else {
      responses.put("200", response("OK", produces, returned));
    }
  }

  private static boolean isProblem(APIResponse r) {
    return r.responseCode().startsWith("4") || r.responseCode().startsWith("5");
  }

  private Map<String, Object> response(String description, String mediaType, Type type) {
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("description", description);
    Map<String, Object> schema;
    if (mediaType.startsWith("text/")) {
      schema = map("type", "string");
    } else if (mediaType.equals("application/pdf")) {
      schema = map("type", "string", "format", "binary");
    } else {
      schema = schema(type);
    }
    r.put("content", map(mediaType, map("schema", schema)));
    return r;
  }

  private Map<String, Object> requestBody(Class<?> resource, Method method, Parameter entity) {
    String consumes = mediaType(method.getAnnotation(Consumes.class), resource, Consumes.class);
    Map<String, Object> content = new LinkedHashMap<>();
    Type type = entity.getParameterizedType();
    Map<String, Object> media = new LinkedHashMap<>();
    RequestBody about = entity.getAnnotation(RequestBody.class);
    if (about == null) {
      about = method.getAnnotation(RequestBody.class);
    }
    // a body read as plain JSON by the method (and converted by it) names its shape itself
    org.eclipse.microprofile.openapi.annotations.media.Schema declared =
        about == null
            ? null
            : java.util.Arrays.stream(about.content())
                .map(c -> c.schema())
                .filter(x -> x.implementation() != Void.class)
                .findFirst()
                .orElse(null);
    if (declared != null) {
      Object item = schema(declared.implementation());
      media.put(
          "schema",
          declared.type() == org.eclipse.microprofile.openapi.annotations.enums.SchemaType.ARRAY
              ? map("type", "array", "items", item)
              : item);
    } else if (type == InputStream.class) {
      media.put("schema", map("type", "string", "format", "binary"));
    } else {
      media.put("schema", schema(type));
    }
    String description = null;
    if (about != null) {
      if (!about.description().isBlank()) {
        description = about.description();
      }
      Map<String, Object> examples = new LinkedHashMap<>();
      for (var c : about.content()) {
        for (ExampleObject example : c.examples()) {
          examples.put(
              example.name(),
              map("summary", example.summary(), "value", new Json.Raw(example.value())));
        }
      }
      if (!examples.isEmpty()) {
        media.put("examples", examples);
      }
    }
    String[] types = mediaTypes(method.getAnnotation(Consumes.class), resource);
    for (String t : types.length == 0 ? new String[] {consumes} : types) {
      content.put(t, media);
    }
    Map<String, Object> body = new LinkedHashMap<>();
    if (description != null) {
      body.put("description", description);
    }
    body.put("required", true);
    body.put("content", content);
    return body;
  }

  private static String[] mediaTypes(Consumes onMethod, Class<?> resource) {
    Consumes c = onMethod != null ? onMethod : resource.getAnnotation(Consumes.class);
    return c == null ? new String[0] : c.value();
  }

  private static String mediaType(Annotation onMethod, Class<?> resource, Class<?> kind) {
    String[] values;
    if (onMethod instanceof Produces p) {
      values = p.value();
    } else if (onMethod instanceof Consumes c) {
      values = c.value();
    } else if (kind == Produces.class && resource.getAnnotation(Produces.class) != null) {
      values = resource.getAnnotation(Produces.class).value();
    } else if (kind == Consumes.class && resource.getAnnotation(Consumes.class) != null) {
      values = resource.getAnnotation(Consumes.class).value();
    } else {
      values = new String[] {MediaType.APPLICATION_JSON};
    }
    return values[0].split(";")[0].trim();
  }

  private void problem(Map<String, Object> responses, String code, String description) {
    String name = "default".equals(code) ? "OtherProblem" : "Problem" + code;
    problems.putIfAbsent(name, problemResponse(description));
    responses.put(code, map("$ref", "#/components/responses/" + name));
  }

  /** A problem+json response with its description. */
  private static Map<String, Object> problemResponse(String description) {
    return map(
        "description",
        description,
        "content",
        map(PROBLEM, map("schema", map("$ref", PROBLEM_REF))));
  }

  private Map<String, Object> header(String name) {
    String description =
        switch (name) {
          case HttpHeaders.IF_MATCH -> "The ETag of the version the change is based on";
          case HttpHeaders.ACCEPT_LANGUAGE -> "id (default) or en: the language of messages";
          case "Idempotency-Key" ->
              "Any unique string per intended write: a retry with the same key and body returns"
                  + " the first answer and writes nothing new";
          default -> name;
        };
    return map(
        "name",
        name,
        "in",
        "header",
        "required",
        false,
        "description",
        description,
        "schema",
        map("type", "string"));
  }

  private Map<String, Object> queryParamSchema(String name, Type type) {
    // page and size are read as text so that a non-number is a 400 with a message, not a 404
    if ("page".equals(name)) {
      return map("type", "integer", "format", "int32", "minimum", 0, "default", 0);
    }
    if ("size".equals(name)) {
      return map("type", "integer", "format", "int32", "minimum", 1, "maximum", 500);
    }
    return schema(type);
  }

  /** The schema of a Java type as JSON-B writes it: records by reference, the rest inline. */
  Map<String, Object> schema(Type type) {
    if (type instanceof Class<?> c) {
      if (c == String.class || c == char.class || c == Character.class) {
        return map("type", "string");
      }
      if (c == int.class || c == Integer.class || c == short.class || c == Short.class) {
        return map("type", "integer", "format", "int32");
      }
      if (c == long.class || c == Long.class) {
        return map("type", "integer", "format", "int64");
      }
      if (c == boolean.class || c == Boolean.class) {
        return map("type", "boolean");
      }
      if (c == double.class || c == Double.class || c == float.class || c == Float.class) {
        return map("type", "number", "format", c == float.class ? "float" : "double");
      }
      if (c == BigDecimal.class) {
        return map("type", "number");
      }
      if (c == LocalDate.class) {
        return map("type", "string", "format", "date");
      }
      if (c == Instant.class || c == OffsetDateTime.class) {
        return map("type", "string", "format", "date-time");
      }
      if (c == LocalDateTime.class) {
        return map("type", "string", "example", "2026-12-02T09:30:00");
      }
      if (c == Object.class) {
        return new LinkedHashMap<>(); // any JSON value; described where it is used
      }
      if (c.isEnum()) {
        List<String> values = new ArrayList<>();
        for (Object constant : c.getEnumConstants()) {
          values.add(((Enum<?>) constant).name());
        }
        return map("type", "string", "enum", values);
      }
      if (c.isRecord()) {
        return ref(c, c, Map.of());
      }
    } else if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> raw) {
      if (Collection.class.isAssignableFrom(raw)) {
        return map("type", "array", "items", schema(p.getActualTypeArguments()[0]));
      }
      if (Map.class.isAssignableFrom(raw)) {
        return map("type", "object", "additionalProperties", schema(p.getActualTypeArguments()[1]));
      }
      if (raw.isRecord()) {
        TypeVariable<?>[] variables = raw.getTypeParameters();
        Map<String, Type> bound = new HashMap<>();
        for (int i = 0; i < variables.length; i++) {
          bound.put(variables[i].getName(), p.getActualTypeArguments()[i]);
        }
        return ref(p, raw, bound);
      }
    }
    errors.add("no schema for the type " + type.getTypeName());
    return map("type", "object");
  }

  private Map<String, Object> ref(Type type, Class<?> record, Map<String, Type> bound) {
    String name = schemaName(type, record);
    Type owner = schemaOwners.putIfAbsent(name, type);
    if (owner != null && !owner.equals(type)) {
      errors.add(
          "two types want the schema name "
              + name
              + ": "
              + owner.getTypeName()
              + " and "
              + type.getTypeName()
              + " (give one @Schema(name = ...))");
    }
    if (!schemas.containsKey(name)) {
      schemas.put(name, Map.of()); // placeholder against recursion
      schemas.put(name, recordSchema(record, bound));
    }
    return map("$ref", "#/components/schemas/" + name);
  }

  private Map<String, Object> recordSchema(Class<?> record, Map<String, Type> bound) {
    Map<String, Object> schema = new LinkedHashMap<>();
    schema.put("type", "object");
    Schema about = record.getAnnotation(Schema.class);
    if (about != null && !about.description().isBlank()) {
      schema.put("description", about.description());
    }
    Map<String, Object> properties = new LinkedHashMap<>();
    List<String> required = new ArrayList<>();
    for (RecordComponent component : record.getRecordComponents()) {
      String name = component.getName();
      JsonbProperty renamed = component.getAccessor().getAnnotation(JsonbProperty.class);
      if (renamed == null) {
        renamed = component.getAnnotation(JsonbProperty.class);
      }
      if (renamed != null && !renamed.value().isBlank()) {
        name = renamed.value();
      }
      Type type = component.getGenericType();
      if (type instanceof TypeVariable<?> variable) {
        type = bound.getOrDefault(variable.getName(), Object.class);
      } else if (type instanceof ParameterizedType p) {
        type = resolve(p, bound);
      }
      Map<String, Object> property = new LinkedHashMap<>(schema(type));
      Schema field = component.getAccessor().getAnnotation(Schema.class);
      if (field != null) {
        if (!field.description().isBlank()) {
          property.put("description", field.description());
        }
        if (!field.example().isBlank()) {
          property.put("example", field.example());
        }
      }
      if (property.containsKey("$ref") && property.size() > 1) {
        // a $ref takes no siblings in OpenAPI 3.0
        Object ref = property.remove("$ref");
        property = new LinkedHashMap<>(Map.of("allOf", List.of(map("$ref", ref))));
        if (field != null && !field.description().isBlank()) {
          property.put("description", field.description());
        }
      }
      properties.put(name, property);
      if (component.getType().isPrimitive()) {
        required.add(name);
      }
    }
    schema.put("properties", properties);
    if (!required.isEmpty()) {
      schema.put("required", required);
    }
    return schema;
  }

  private static Type resolve(ParameterizedType p, Map<String, Type> bound) {
    Type[] args = p.getActualTypeArguments().clone();
    boolean changed = false;
    for (int i = 0; i < args.length; i++) {
      if (args[i] instanceof TypeVariable<?> v && bound.containsKey(v.getName())) {
        args[i] = bound.get(v.getName());
        changed = true;
      }
    }
    if (!changed) {
      return p;
    }
    Type raw = p.getRawType();
    Type ownerType = p.getOwnerType();
    return new ParameterizedType() {
      @Override
      public Type[] getActualTypeArguments() {
        return args.clone();
      }

      @Override
      public Type getRawType() {
        return raw;
      }

      @Override
      public Type getOwnerType() {
        return ownerType;
      }

      @Override
      public String getTypeName() {
        return raw.getTypeName()
            + Arrays.stream(args)
                .map(Type::getTypeName)
                .collect(java.util.stream.Collectors.joining(",", "<", ">"));
      }

      @Override
      public boolean equals(Object o) {
        return o instanceof ParameterizedType other
            && raw.equals(other.getRawType())
            && Arrays.equals(args, other.getActualTypeArguments());
      }

      @Override
      public int hashCode() {
        return Arrays.hashCode(args) ^ raw.hashCode();
      }
    };
  }

  private static String schemaName(Type type, Class<?> record) {
    Schema about = record.getAnnotation(Schema.class);
    String base = about != null && !about.name().isBlank() ? about.name() : record.getSimpleName();
    if (type instanceof ParameterizedType p) {
      StringBuilder name = new StringBuilder(base);
      for (Type arg : p.getActualTypeArguments()) {
        name.append(arg instanceof Class<?> c ? c.getSimpleName() : "Object");
      }
      return name.toString();
    }
    return base;
  }

  static String verb(Method method) {
    if (method.isAnnotationPresent(GET.class)) {
      return "get";
    }
    if (method.isAnnotationPresent(POST.class)) {
      return "post";
    }
    if (method.isAnnotationPresent(PUT.class)) {
      return "put";
    }
    if (method.isAnnotationPresent(DELETE.class)) {
      return "delete";
    }
    return null;
  }

  /** The path as OpenAPI writes it: {@code /t/{tenant}/households/{id}}, without the regexes. */
  static String path(Class<?> resource, Method method) {
    String joined = resource.getAnnotation(Path.class).value();
    Path sub = method.getAnnotation(Path.class);
    if (sub != null) {
      joined = joined + "/" + sub.value();
    }
    return "/" + stripExpressions(joined).replaceAll("/+", "/").replaceAll("^/|/$", "");
  }

  /** {@code {id:[0-9]{1,18}}} becomes {@code {id}}; braces inside an expression are balanced. */
  static String stripExpressions(String template) {
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < template.length()) {
      char c = template.charAt(i);
      if (c != '{') {
        out.append(c);
        i++;
        continue;
      }
      int depth = 1;
      int j = i + 1;
      StringBuilder name = new StringBuilder();
      boolean inExpression = false;
      while (j < template.length() && depth > 0) {
        char d = template.charAt(j);
        if (d == '{') {
          depth++;
        } else if (d == '}') {
          depth--;
        } else if (d == ':' && depth == 1) {
          inExpression = true;
        } else if (!inExpression && depth == 1) {
          name.append(d);
        }
        j++;
      }
      out.append('{').append(name.toString().trim()).append('}');
      i = j;
    }
    return out.toString();
  }

  static List<String> templateNames(String path) {
    List<String> names = new ArrayList<>();
    var matcher = java.util.regex.Pattern.compile("\\{([^}]+)}").matcher(path);
    while (matcher.find()) {
      names.add(matcher.group(1));
    }
    return names;
  }

  static Map<String, Object> map(Object... keysAndValues) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return map;
  }
}
