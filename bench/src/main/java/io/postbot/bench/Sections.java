package io.postbot.bench;

import io.postbot.bench.sections.ChatSection;
import io.postbot.bench.sections.HttpSection;
import io.postbot.bench.sections.NluSection;
import io.postbot.bench.sections.PurgeSection;
import io.postbot.bench.sections.Section;
import io.postbot.bench.sections.SocketSection;
import io.postbot.bench.sections.StartupSection;
import java.util.List;

/** The suite's sections in the order a whole run takes them. */
public final class Sections {

  public static final List<Section> ALL =
      List.of(
          new NluSection(),
          new HttpSection(),
          new ChatSection(),
          new SocketSection(),
          new StartupSection(),
          new PurgeSection());

  private Sections() {}

  static Section named(String name) {
    return ALL.stream()
        .filter(s -> s.name().equals(name))
        .findFirst()
        .orElseThrow(() ->
            new IllegalArgumentException(
                "no section " + name + " (" + ALL.stream().map(Section::name).toList() + ")"));
  }
}
