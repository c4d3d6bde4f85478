package dev.cprops.recipes.studio;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.MustacheFactory;
import java.io.StringWriter;
import java.util.Map;

/**
 * The studio's Mustache templates ({@code studio/templates/*.mustache}), compiled once. Mustache
 * escapes every {@code {{value}}} for HTML and the templates never use the unescaped forms, so
 * recipe text (a label {@code <script>}) is always shown as text.
 */
final class Templates {
  private final MustacheFactory factory = new DefaultMustacheFactory("studio/templates");

  String render(String name, Map<String, ?> model) {
    StringWriter out = new StringWriter();
    factory.compile(name + ".mustache").execute(out, model);
    return out.toString();
  }
}
