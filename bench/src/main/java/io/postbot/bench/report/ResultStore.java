package io.postbot.bench.report;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonWriterFactory;
import jakarta.json.stream.JsonGenerator;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The latest figures of every section, kept in the repository (docs/bench/results.json) so that a
 * run of one section rewrites the report with the others' figures as they were last measured.
 */
public final class ResultStore {

  private final Path file;

  public ResultStore(Path file) {
    this.file = file;
  }

  public Path file() {
    return file;
  }

  /** Every section's last result, by section name; empty when nothing was measured yet. */
  public JsonObject read() throws IOException {
    if (!Files.exists(file)) {
      return JsonObject.EMPTY_JSON_OBJECT;
    }
    try (var reader = Json.createReader(new StringReader(Files.readString(file)))) {
      return reader.readObject();
    }
  }

  /** Replaces one section's result, keeping the others. */
  public void put(String section, JsonObject result) throws IOException {
    JsonObject all = Json.createObjectBuilder(read()).add(section, result).build();
    JsonWriterFactory pretty =
        Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true));
    StringWriter text = new StringWriter();
    try (var writer = pretty.createWriter(text)) {
      writer.writeObject(all);
    }
    Files.createDirectories(file.getParent());
    Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
    Files.writeString(temporary, text.toString().strip() + "\n", StandardCharsets.UTF_8);
    Files.move(temporary, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
  }
}
