package io.github.cloudtrailschema.loading;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the tool last told the user about its models, kept in the cache folder ({@code notices}):
 * which models it said were in use, and the day it last said the embedded ones are all there is.
 * So that each is said once (when the models change; once a day), not on every run.
 *
 * @param models the {@link UserModels.InUse#identity()} last announced, or empty
 * @param reminded the day of the last reminder, or null
 */
public record NoticeState(String models, LocalDate reminded) {
  static final String FILE = "notices";
  private static final String HEADER = "cloudtrail-schema notices 1";

  /** The state kept in this environment's cache folder; nothing said yet when there is none. */
  public static NoticeState read(Map<String, String> env) {
    Optional<Path> file = ModelCache.root(env).map(r -> r.resolve(FILE));
    if (file.isEmpty()) {
      return new NoticeState("", null);
    }
    try {
      List<String> lines = Files.readAllLines(file.get(), StandardCharsets.UTF_8);
      if (lines.isEmpty() || !lines.get(0).equals(HEADER)) {
        return new NoticeState("", null);
      }
      String models = "";
      LocalDate reminded = null;
      for (String line : lines.subList(1, lines.size())) {
        if (line.startsWith("models\t")) {
          models = line.substring("models\t".length()).replace("\\t", "\t");
        } else if (line.startsWith("reminded\t")) {
          reminded = LocalDate.parse(line.substring("reminded\t".length()));
        }
      }
      return new NoticeState(models, reminded);
    } catch (IOException | RuntimeException e) {
      return new NoticeState("", null); // damaged or absent: say it again, once
    }
  }

  /** Keeps the state; a cache folder that cannot be written only means saying it again. */
  public void write(Map<String, String> env) {
    Optional<Path> root = ModelCache.root(env);
    if (root.isEmpty() || models.contains("\n")) {
      return;
    }
    String text =
        HEADER
            + "\nmodels\t"
            + models.replace("\t", "\\t")
            + "\n"
            + (reminded == null ? "" : "reminded\t" + reminded + "\n");
    try {
      Files.createDirectories(root.get());
      Path file = root.get().resolve(FILE);
      Path tmp = file.resolveSibling(FILE + ".tmp-" + ProcessHandle.current().pid());
      Files.writeString(tmp, text, StandardCharsets.UTF_8);
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException | RuntimeException e) {
      // best effort
    }
  }
}
