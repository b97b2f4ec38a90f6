package io.github.cloudtrailschema.cli;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;

/** Runs the CLI in-process and keeps exit code, stdout and stderr. */
record CliRun(int code, String out, String err) {

  static CliRun run(String... args) {
    return run(InputStream.nullInputStream(), args);
  }

  static CliRun runWithStdin(byte[] stdin, String... args) {
    return run(new ByteArrayInputStream(stdin), args);
  }

  private static CliRun run(InputStream in, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CliContext ctx =
        new CliContext(
            new PrintWriter(out),
            new PrintWriter(err),
            in,
            io.github.cloudtrailschema.testing.CliResult.EMBEDDED_MODELS,
            false,
            false);
    int code = Main.run(ctx, args);
    return new CliRun(code, out.toString(), err.toString());
  }
}
