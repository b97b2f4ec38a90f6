package io.github.cloudtrailschema.testing;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.gaul.s3proxy.AuthenticationType;
import org.gaul.s3proxy.S3Proxy;
import org.jclouds.ContextBuilder;
import org.jclouds.blobstore.BlobStore;
import org.jclouds.blobstore.BlobStoreContext;

/**
 * A real S3-compatible server (S3Proxy over an in-memory jclouds store) on 127.0.0.1 with one
 * bucket and static credentials (AWS signature V2 or V4): what users point {@code scan}, Trino or
 * any S3 client at, with no network beyond loopback.
 */
public final class LoopbackS3 implements AutoCloseable {
  private final S3Proxy proxy;
  private final BlobStore store;
  private final String bucket;

  private LoopbackS3(S3Proxy proxy, BlobStore store, String bucket) {
    this.proxy = proxy;
    this.store = store;
    this.bucket = bucket;
  }

  /**
   * Starts the server with an empty bucket.
   *
   * @param serving what the server serves: the store itself, or a wrapper of it (to inject faults)
   */
  public static LoopbackS3 start(
      String bucket, String accessKey, String secretKey, UnaryOperator<BlobStore> serving)
      throws Exception {
    BlobStore store =
        ContextBuilder.newBuilder("transient")
            .credentials("x", "y")
            .build(BlobStoreContext.class)
            .getBlobStore();
    store.createContainerInLocation(null, bucket);
    S3Proxy proxy =
        S3Proxy.builder()
            .blobStore(serving.apply(store))
            .endpoint(URI.create("http://127.0.0.1:0"))
            .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, accessKey, secretKey)
            // the AWS SDK asks for response checksums (x-amz-checksum-mode), which S3Proxy does not
            // know
            .ignoreUnknownHeaders(true)
            .build();
    proxy.start();
    while (!proxy.getState().equals("STARTED")) {
      Thread.sleep(10);
    }
    return new LoopbackS3(proxy, store, bucket);
  }

  /** {@code http://127.0.0.1:PORT}, for {@code --endpoint-url} and S3 clients' endpoint settings. */
  public String endpoint() {
    return "http://127.0.0.1:" + proxy.getPort();
  }

  /** The store behind the server, for objects put directly. */
  public BlobStore store() {
    return store;
  }

  /** Puts every file below {@code dir} under {@code prefix} + its relative path. */
  public void upload(Path dir, String prefix) throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(dir)) {
      files = walk.filter(Files::isRegularFile).toList();
    }
    for (Path f : files) {
      put(prefix + dir.relativize(f).toString().replace('\\', '/'), Files.readAllBytes(f));
    }
  }

  public void put(String key, byte[] body) {
    store.putBlob(bucket, store.blobBuilder(key).payload(body).contentLength(body.length).build());
  }

  @Override
  public void close() throws Exception {
    proxy.stop();
  }
}
