package io.github.cloudtrailschema.cli;

import io.github.cloudtrailschema.scan.KeyFilter;
import io.github.cloudtrailschema.scan.LocalLogSource;
import io.github.cloudtrailschema.scan.LogSource;
import io.github.cloudtrailschema.scan.ScanException;
import io.github.cloudtrailschema.scan.StdinSource;
import io.github.cloudtrailschema.scan.s3.S3Clients;
import io.github.cloudtrailschema.scan.s3.S3LogSource;
import io.github.cloudtrailschema.scan.s3.S3Settings;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Turns what {@code scan} was given into sources and a filter; rejects nonsense as usage errors.
 */
final class ScanInputs implements AutoCloseable {
  private final CliContext ctx;
  private final S3Settings s3Settings;
  private S3Client s3;

  ScanInputs(CliContext ctx, String profile, String region, String endpoint) {
    this.ctx = ctx;
    URI endpointUri = endpoint == null ? null : UrlOption.parse("--endpoint-url", endpoint);
    this.s3Settings = new S3Settings(profile, region, endpointUri);
  }

  List<LogSource> sources(List<String> inputs) {
    List<LogSource> sources = new ArrayList<>();
    int stdin = 0;
    for (String input : inputs) {
      if (input.isEmpty()) {
        throw new UserError("an empty INPUT ('') names nothing; use . for the current folder");
      }
      if (input.equals("-")) {
        stdin++;
        sources.add(new StdinSource(ctx.in()));
      } else if (input.startsWith("s3://")) {
        String[] bucketAndPrefix;
        try {
          bucketAndPrefix = S3LogSource.parseUrl(input);
        } catch (ScanException e) {
          throw new UserError(e.getMessage());
        }
        sources.add(new S3LogSource(s3(), bucketAndPrefix[0], bucketAndPrefix[1]));
      } else {
        sources.add(
            new LocalLogSource(
                path(input), w -> ctx.err().println("cloudtrail-schema: " + io.github.cloudtrailschema.text.TerminalText.oneLine(w))));
      }
    }
    if (stdin > 1) {
      throw new UserError("stdin (-) can be named only once");
    }
    return sources;
  }

  private static Path path(String input) {
    try {
      return Path.of(input);
    } catch (java.nio.file.InvalidPathException e) {
      throw new UserError("not a path: " + input);
    }
  }

  /**
   * How many files are read at once: {@code --threads} (1 to 256), else the cores for local input
   * and 8 with S3, whose reads wait on the network, so more workers than cores keep downloads going.
   */
  static int threads(Integer requested, List<String> inputs) {
    if (requested != null) {
      if (requested < 1 || requested > 256) {
        throw new UserError("--threads: expected 1 to 256, got " + requested);
      }
      return requested;
    }
    boolean s3 = inputs.stream().anyMatch(i -> i.startsWith("s3://"));
    return s3 ? 8 : Runtime.getRuntime().availableProcessors();
  }

  static KeyFilter filter(List<String> accounts, List<String> regions, String since, String until) {
    try {
      return KeyFilter.of(accounts, regions, since, until);
    } catch (IllegalArgumentException e) {
      throw new UserError(e.getMessage());
    }
  }

  private S3Client s3() {
    if (s3 == null) {
      try {
        s3 = S3Clients.create(s3Settings);
      } catch (RuntimeException e) {
        throw new UserError(
            "cannot set up the S3 client: " + io.github.cloudtrailschema.text.TerminalText.oneLine(e.getMessage()), ExitCodes.IO);
      }
    }
    return s3;
  }

  @Override
  public void close() {
    if (s3 != null) {
      s3.close();
    }
  }
}
