package id.slrt.web.rest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An {@link Idempotent} write whose answer is not kept for replays: a sealed record's content (a
 * violence case) must not be copied outside it. A replay answers the first status and {@code
 * Location} with no body; the client reads the record again, through its access rules and its
 * access log.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface ReplayWithoutBody {}
