package dev.cprops.mock.portal;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheFactory;
import java.io.StringWriter;
import java.util.Map;

/**
 * The portal's Mustache templates ({@code portal/templates/*.mustache} on the class path), compiled
 * once. Mustache escapes every {@code {{value}}} for HTML; the templates never use the unescaped
 * forms, so user text (a label {@code <script>}) is always shown as text.
 */
final class Templates {
  private final MustacheFactory factory = new DefaultMustacheFactory("portal/templates");

  String render(String name, Map<String, ?> model) {
    Mustache template = factory.compile(name + ".mustache");
    StringWriter out = new StringWriter();
    template.execute(out, model);
    return out.toString();
  }
}
