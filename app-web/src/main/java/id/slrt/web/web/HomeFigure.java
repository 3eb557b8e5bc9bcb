package id.slrt.web.web;

/**
 * A headline number on the home screen, contributed by a module ({@link
 * ScreenContribution#homeFigures()}): its element id, the message key of its label, and its value
 * (a number, or a text such as {@code "<5"}).
 */
public record HomeFigure(String id, String labelKey, Object value) {}
