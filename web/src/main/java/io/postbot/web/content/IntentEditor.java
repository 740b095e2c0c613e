package io.postbot.web.content;

import io.postbot.chat.api.IntentForm;
import io.postbot.shared.Language;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An intent as the content page edits it: plain text fields, examples and buttons one a line
 * (buttons as in the Markdown files, "[label](intent:id)" or "[label](https://…)").
 */
public final class IntentEditor implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final Pattern BUTTON = Pattern.compile("^\\[(.+)]\\((.+)\\)$");

  private String originalId;
  private String id = "";
  private String section = "";
  private final Map<Language, String[]> fields = new EnumMap<>(Language.class);

  public IntentEditor() {
    for (Language l : Language.values()) {
      fields.put(l, new String[] {"", "", ""});
    }
  }

  static IntentEditor of(IntentForm form) {
    IntentEditor e = new IntentEditor();
    e.originalId = form.id();
    e.id = form.id();
    e.section = form.section();
    for (Language l : Language.values()) {
      IntentForm.Part part = form.in(l);
      List<String> buttons = new ArrayList<>();
      part.buttons().forEach(b -> buttons.add("[" + b.label() + "](" + b.target() + ")"));
      e.fields.put(
          l,
          new String[] {
            String.join("\n", part.examples()), part.answer(), String.join("\n", buttons)
          });
    }
    return e;
  }

  IntentForm form() {
    Map<Language, IntentForm.Part> parts = new EnumMap<>(Language.class);
    for (Language l : Language.values()) {
      String[] f = fields.get(l);
      List<IntentForm.ButtonForm> buttons = new ArrayList<>();
      for (String line : lines(f[2])) {
        Matcher m = BUTTON.matcher(line);
        if (!m.matches()) {
          throw new IllegalArgumentException(
              "a button is written [label](intent:id) or [label](https://…): " + line);
        }
        buttons.add(new IntentForm.ButtonForm(m.group(1).strip(), m.group(2).strip()));
      }
      parts.put(l, new IntentForm.Part(lines(f[0]), f[1].strip(), buttons));
    }
    return new IntentForm(id.strip(), section.strip(), parts);
  }

  private static List<String> lines(String text) {
    return Arrays.stream(text == null ? new String[0] : text.split("\\R"))
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .toList();
  }

  public boolean isCreating() {
    return originalId == null;
  }

  public String getOriginalId() {
    return originalId;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id == null ? "" : id;
  }

  public String getSection() {
    return section;
  }

  public void setSection(String section) {
    this.section = section == null ? "" : section;
  }

  public String getExamplesEn() {
    return fields.get(Language.EN)[0];
  }

  public void setExamplesEn(String v) {
    fields.get(Language.EN)[0] = v == null ? "" : v;
  }

  public String getAnswerEn() {
    return fields.get(Language.EN)[1];
  }

  public void setAnswerEn(String v) {
    fields.get(Language.EN)[1] = v == null ? "" : v;
  }

  public String getButtonsEn() {
    return fields.get(Language.EN)[2];
  }

  public void setButtonsEn(String v) {
    fields.get(Language.EN)[2] = v == null ? "" : v;
  }

  public String getExamplesNb() {
    return fields.get(Language.NB)[0];
  }

  public void setExamplesNb(String v) {
    fields.get(Language.NB)[0] = v == null ? "" : v;
  }

  public String getAnswerNb() {
    return fields.get(Language.NB)[1];
  }

  public void setAnswerNb(String v) {
    fields.get(Language.NB)[1] = v == null ? "" : v;
  }

  public String getButtonsNb() {
    return fields.get(Language.NB)[2];
  }

  public void setButtonsNb(String v) {
    fields.get(Language.NB)[2] = v == null ? "" : v;
  }
}
