package id.slrt.web.security;

/**
 * A quick look at a JSON body before any parser sees it: how deep it nests and whether every
 * string, object and array that opens also closes. One pass over the bytes, so it takes time in
 * proportion to the body's size and no more. A body nested deeper than the limit, or cut off, is
 * refused here: a JSON parser fed such a body has been seen to spin a request thread forever.
 */
final class JsonShape {
  enum Verdict {
    OK,
    TOO_DEEP,
    UNTERMINATED
  }

  private JsonShape() {}

  static Verdict check(byte[] body, int length, int maxDepth) {
    int depth = 0;
    boolean inString = false;
    boolean escaped = false;
    for (int i = 0; i < length; i++) {
      byte b = body[i];
      if (inString) {
        if (escaped) {
          escaped = false;
        } else if (b == '\\') {
          escaped = true;
        } else if (b == '"') {
          inString = false;
        }
        continue;
      }
      switch (b) {
        case '"' -> inString = true;
        case '{', '[' -> {
          depth++;
          if (depth > maxDepth) {
            return Verdict.TOO_DEEP;
          }
        }
        case '}', ']' -> depth--;
        default -> {}
      }
    }
    return inString || depth > 0 ? Verdict.UNTERMINATED : Verdict.OK;
  }
}
