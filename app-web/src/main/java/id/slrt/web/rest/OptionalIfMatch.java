package id.slrt.web.rest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a write whose {@code If-Match} is honoured when sent (412 when stale) but never required: the
 * referral transitions, which API.md's clients call without it. The OpenAPI document then lists no
 * 428 for it.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface OptionalIfMatch {}
