package io.github.cloudtrailschema.cli;

import io.github.cloudtrailschema.loading.LoadProgress;
import io.github.cloudtrailschema.loading.UserModels;

/**
 * Opens the models a run uses ({@code --models}, else {@code CLOUDTRAIL_SCHEMA_MODELS}, else the
 * newest installed botocore over the embedded models), with what the user should hear about them:
 * the first parse's progress, and the notes of {@link ModelNotice}.
 */
final class ModelOptions {
  private ModelOptions() {}

  /** The models for a {@code --models} value (null: the environment's, else the default). */
  static UserModels.InUse open(String spec, CliContext ctx) {
    UserModels.InUse inUse;
    try (ParseProgress progress = ParseProgress.on(ctx)) {
      inUse = UserModels.open(spec, ctx.env(), progress == null ? LoadProgress.NONE : progress);
    }
    if (inUse.identity().startsWith("folder\t")) {
      // A folder the user named: its problems are said on every run, as a compiler's are.
      inUse.problems().forEach(n -> ctx.err().println("cloudtrail-schema: " + n));
    }
    ModelNotice.tell(inUse, ctx);
    // A cache entry found damaged when a service is first loaded is read again, and said so.
    inUse.sayLaterNotesTo(n -> ctx.err().println("cloudtrail-schema: " + n));
    return inUse;
  }
}
