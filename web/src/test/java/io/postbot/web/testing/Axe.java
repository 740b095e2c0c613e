package io.postbot.web.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.openqa.selenium.JavascriptExecutor;

/**
 * axe-core, installed from npm at build time (see web/pom.xml), run inside the page for the WCAG
 * 2.0/2.1 A and AA rules.
 */
public final class Axe {

  private static final String TAGS = "['wcag2a','wcag2aa','wcag21a','wcag21aa']";

  private Axe() {}

  /** The violations within the element matching the selector, as "rule: target" lines. */
  @SuppressWarnings("unchecked")
  public static List<String> violations(JavascriptExecutor page, String selector) {
    if (!(Boolean) page.executeScript("return typeof window.axe === 'object'")) {
      page.executeScript(source());
    }
    Object result =
        page.executeAsyncScript(
            "var done = arguments[arguments.length - 1];"
                + "axe.run(document.querySelector(arguments[0]),"
                + " {runOnly: {type: 'tag', values: "
                + TAGS
                + "}, resultTypes: ['violations']})"
                + ".then(function (r) { done(r.violations.map(function (v) {"
                + "  return v.id + ': ' + v.help + ' @ ' + v.nodes.map(function (n) {"
                + "    return n.target.join(' '); }).join(', '); })); })"
                + ".catch(function (e) { done(['axe failed: ' + e]); });",
            selector);
    return (List<String>) result;
  }

  private static String source() {
    Path path =
        Path.of(System.getProperty("postbot.axe", "target/npm/node_modules/axe-core/axe.min.js"));
    try {
      return Files.readString(path);
    } catch (IOException e) {
      throw new UncheckedIOException("axe-core missing (npm install at pre-integration-test)", e);
    }
  }
}
