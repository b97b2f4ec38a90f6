package io.github.cloudtrailschema.cli;

import io.github.cloudtrailschema.loading.ModelCatalog;
import io.github.cloudtrailschema.loading.NoticeState;
import io.github.cloudtrailschema.loading.UserModels;
import java.time.LocalDate;

/**
 * Tells the user which models are in use when that changes (a first run, a botocore upgrade, a
 * switch to the embedded ones), not on every run; and, when nothing newer than the embedded models
 * was found, once a day that they are from 2025-12 and how to get current ones. What was said is
 * kept in the cache folder ({@link NoticeState}).
 *
 * <p>Only on stderr, and only when stderr is a terminal: a note is for the person at the keyboard.
 * A pipeline or a script reading stdout never sees it (stdout carries the answer alone), and a job
 * whose stderr goes to a log (cron, CI, {@code 2>/dev/null}) would spend the once-only note on
 * nobody: it is kept for the next run at a terminal instead.
 */
final class ModelNotice {
  private ModelNotice() {}

  static void tell(UserModels.InUse inUse, CliContext ctx) {
    if (!ctx.stderrTerminal()) {
      return;
    }
    NoticeState said = NoticeState.read(ctx.env());
    LocalDate today = LocalDate.now();
    boolean changed = !inUse.identity().equals(said.models());
    boolean remind = inUse.nothingFound() && (changed || !today.equals(said.reminded()));
    if (remind) {
      ctx.err().println("cloudtrail-schema: note: " + reminder());
    } else if (changed) {
      ctx.err()
          .println(
              "cloudtrail-schema: now using "
                  + inUse.description()
                  + " ('cloudtrail-schema models' says more; --models embedded pins the embedded"
                  + " ones)");
      if (!inUse.identity().startsWith("folder\t")) {
        inUse.problems().forEach(n -> ctx.err().println("cloudtrail-schema: " + n));
      }
    }
    if (changed || remind) {
      new NoticeState(inUse.identity(), remind ? today : said.reminded()).write(ctx.env());
    }
  }

  /** The embedded models' month, and where current ones come from. */
  static String reminder() {
    String date = ModelCatalog.embedded().info().date();
    String month = date.length() >= 7 ? date.substring(0, 7) : date;
    return "no installed botocore found: the embedded models are of "
        + month
        + " and lack the AWS services and operations since; with the AWS CLI v2 or boto3"
        + " installed (pip install --user boto3) their current models are used without asking"
        + " ('cloudtrail-schema models' says where it looks)";
  }
}
