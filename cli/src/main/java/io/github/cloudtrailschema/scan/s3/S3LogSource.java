package io.github.cloudtrailschema.scan.s3;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CommonPrefix;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.HeadObjectRequest;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Request;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.S3Object;
import io.github.cloudtrailschema.scan.KeyFilter;
import io.github.cloudtrailschema.scan.LogFile;
import io.github.cloudtrailschema.scan.LogSource;
import io.github.cloudtrailschema.scan.PrefixLister;
import io.github.cloudtrailschema.scan.PrunedWalk;
import io.github.cloudtrailschema.scan.ScanException;
import io.github.cloudtrailschema.scan.SourceReadException;
import io.github.cloudtrailschema.scan.SourceStream;

/**
 * Logs in an S3 bucket under a prefix. Listing is paginated and pruned by the key layout; each
 * object is fetched by the worker that reads it, so downloads run as parallel as the workers.
 */
public final class S3LogSource implements LogSource {
  private final S3Client s3;
  private final String bucket;
  private final String prefix;
  private final String typed;

  /**
   * {@code prefix} is a folder (a {@code /} is added), unless it is the key of an object: then that
   * one object is read, as a local file named on the command line is.
   */
  public S3LogSource(S3Client s3, String bucket, String prefix) {
    this.s3 = s3;
    this.bucket = bucket;
    this.typed = prefix;
    this.prefix = prefix.isEmpty() || prefix.endsWith("/") ? prefix : prefix + "/";
  }

  /** Parses {@code s3://bucket[/prefix]}; returns {bucket, prefix}. */
  public static String[] parseUrl(String url) {
    if (!url.startsWith("s3://") || url.length() == 5 || url.charAt(5) == '/') {
      throw ScanException.usage("not an S3 URL (s3://bucket/prefix): " + url);
    }
    String rest = url.substring(5);
    int slash = rest.indexOf('/');
    return slash < 0
        ? new String[] {rest, ""}
        : new String[] {rest.substring(0, slash), rest.substring(slash + 1)};
  }

  @Override
  public String describe() {
    return "s3://" + bucket + "/" + prefix;
  }

  @Override
  public void list(KeyFilter filter, Consumer<LogFile> sink) throws IOException {
    try {
      if (!typed.isEmpty() && !typed.endsWith("/")) {
        Long size = objectSize(typed);
        if (size != null) {
          sink.accept(new Lister().file(typed, size));
          return;
        }
      }
      new PrunedWalk(new Lister(), filter, sink).walk(prefix);
    } catch (SdkException e) {
      throw ScanException.io(S3Clients.describe("s3://" + bucket, e), e);
    }
  }

  /** The size of the object {@code key}, or null when there is none (a folder-like prefix). */
  private Long objectSize(String key) {
    try {
      return s3.headObject(HeadObjectRequest.builder().bucket(bucket).key(key).build())
          .contentLength();
    } catch (NoSuchKeyException e) {
      return null;
    } catch (S3Exception e) {
      if (e.statusCode() == 404) {
        return null;
      }
      throw e;
    }
  }

  private InputStream open(String key, long size) throws IOException {
    try {
      InputStream in = s3.getObject(GetObjectRequest.builder().bucket(bucket).key(key).build());
      return new SourceStream(in, size);
    } catch (NoSuchKeyException e) {
      throw new IOException("no such key (deleted since listing?)", e);
    } catch (SdkException e) {
      throw new SourceReadException("GET failed: " + S3Clients.reason(e), e);
    }
  }

  private final class Lister implements PrefixLister {
    @Override
    public List<String> children(String p) {
      List<String> names = new ArrayList<>();
      ListObjectsV2Request req =
          ListObjectsV2Request.builder().bucket(bucket).prefix(p).delimiter("/").build();
      for (var page : s3.listObjectsV2Paginator(req)) {
        for (CommonPrefix cp : page.commonPrefixes()) {
          String name = cp.prefix().substring(p.length());
          names.add(name.endsWith("/") ? name.substring(0, name.length() - 1) : name);
        }
      }
      return names;
    }

    @Override
    public void objects(String p, ObjectSink sink) {
      ListObjectsV2Request req = ListObjectsV2Request.builder().bucket(bucket).prefix(p).build();
      for (var page : s3.listObjectsV2Paginator(req)) {
        for (S3Object o : page.contents()) {
          sink.accept(o.key(), o.size());
        }
      }
    }

    @Override
    public LogFile file(String key, long size) {
      return new LogFile("s3://" + bucket + "/" + key, size, () -> open(key, size), true);
    }
  }
}
