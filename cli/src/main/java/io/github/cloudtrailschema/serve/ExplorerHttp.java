package io.github.cloudtrailschema.serve;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedSelectorException;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * The explorer's HTTP/1.1 server, in place of the JDK's: that one reads a request's head on a
 * worker thread, so four clients that sent half a head and waited held all four workers, and every
 * other request waited as long as they did; and it answers a head it cannot parse (a backslash in
 * the path) with its own page, without the security headers.
 *
 * <p>Here one selector thread accepts connections and reads their heads without blocking, each
 * against a deadline; a worker gets a connection only once its head is complete, so slow or idle
 * clients cost a buffer each, never a thread. Open connections are capped, as are head size and
 * fields; a worker's write has a deadline too. Every answer, the server's own refusals included,
 * goes through the handler's headers. One request per connection ({@code Connection: close}): no
 * idle keep-alive connection ties anything up, and loopback connections are cheap.
 *
 * <p>Why not a library: Jetty 12, the natural choice, shares its package names with the Jetty 11
 * that the tests' S3-compatible server (s3proxy) needs on the same class path, and Netty would add
 * some 4 MB of jars for one command. The part written here is small on purpose: heads only (no
 * bodies, no chunking, no keep-alive), parsed by {@link HttpHead} with {@link java.net.URI}.
 */
final class ExplorerHttp implements AutoCloseable {
  /** Limits and deadlines; the tests shorten the deadlines. */
  record Limits(int workers, int queue, int maxOpen, int maxHead, long headMillis, long writeMillis) {
    static final Limits DEFAULT = new Limits(4, 256, 1024, 8 << 10, 10_000, 30_000);
  }

  /** An answer: status, content type, body, and the header fields to send with it. */
  record Answer(int status, String type, byte[] body, Map<String, String> headers) {}

  private final ServerSocketChannel listener;
  private final Selector selector;
  private final ThreadPoolExecutor workers;
  private final Function<HttpHead, Answer> handler;
  private final Function<Integer, Answer> refusal;
  private final Limits limits;
  private final Map<SocketChannel, Long> writing = new ConcurrentHashMap<>();
  private final Thread loop;
  private volatile boolean closed;

  /**
   * Binds {@code address} and starts serving.
   *
   * @param handler answers a parsed head; may throw, which the caller's handler should not
   * @param refusal the answer to a head the server refuses itself (400, 408, 431, 503), by status
   */
  static ExplorerHttp start(
      InetSocketAddress address,
      Function<HttpHead, Answer> handler,
      Function<Integer, Answer> refusal,
      Limits limits)
      throws IOException {
    ServerSocketChannel listener = ServerSocketChannel.open();
    try {
      listener.bind(address, 64);
      listener.configureBlocking(false);
      return new ExplorerHttp(listener, handler, refusal, limits);
    } catch (IOException | RuntimeException e) {
      listener.close();
      throw e;
    }
  }

  private ExplorerHttp(
      ServerSocketChannel listener,
      Function<HttpHead, Answer> handler,
      Function<Integer, Answer> refusal,
      Limits limits)
      throws IOException {
    this.listener = listener;
    this.handler = handler;
    this.refusal = refusal;
    this.limits = limits;
    this.selector = Selector.open();
    listener.register(selector, SelectionKey.OP_ACCEPT);
    this.workers =
        new ThreadPoolExecutor(
            limits.workers(),
            limits.workers(),
            0,
            TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(limits.queue()),
            r -> daemon(r, "serve"));
    this.loop = daemon(this::select, "serve-accept");
    loop.start();
  }

  private static Thread daemon(Runnable r, String name) {
    Thread t = new Thread(r, name);
    t.setDaemon(true);
    return t;
  }

  InetSocketAddress address() throws IOException {
    return (InetSocketAddress) listener.getLocalAddress();
  }

  /** A connection whose head is being read. */
  private static final class Pending {
    final ByteBuffer head;
    final long deadline;

    Pending(int size, long deadline) {
      this.head = ByteBuffer.allocate(size);
      this.deadline = deadline;
    }
  }

  private void select() {
    try {
      while (!closed) {
        selector.select(250);
        Iterator<SelectionKey> keys = selector.selectedKeys().iterator();
        while (keys.hasNext()) {
          SelectionKey key = keys.next();
          keys.remove();
          if (!key.isValid()) {
            continue;
          }
          if (key.isAcceptable()) {
            accept();
          } else if (key.isReadable()) {
            read(key);
          }
        }
        expire();
      }
    } catch (IOException | ClosedSelectorException e) {
      // closed under the loop: the server is stopping
    }
  }

  private void accept() throws IOException {
    SocketChannel c;
    while ((c = listener.accept()) != null) {
      if (selector.keys().size() > limits.maxOpen()) {
        close(c); // past the cap, a new connection is dropped before it costs anything
        continue;
      }
      c.configureBlocking(false);
      c.setOption(StandardSocketOptions.TCP_NODELAY, true);
      c.register(
          selector,
          SelectionKey.OP_READ,
          new Pending(limits.maxHead(), System.currentTimeMillis() + limits.headMillis()));
    }
  }

  private void read(SelectionKey key) {
    SocketChannel c = (SocketChannel) key.channel();
    Pending p = (Pending) key.attachment();
    try {
      int n = c.read(p.head);
      if (n < 0) {
        key.cancel();
        close(c);
        return;
      }
      int end = headEnd(p.head);
      if (end >= 0) {
        key.cancel();
        dispatch(c, p.head, end);
      } else if (!p.head.hasRemaining()) {
        key.cancel();
        refuse(c, 431);
      }
    } catch (IOException e) {
      key.cancel();
      close(c);
    }
  }

  /** The length of the head before its empty line, or -1 while it is incomplete. */
  static int headEnd(ByteBuffer b) {
    byte[] a = b.array();
    for (int i = 0; i < b.position(); i++) {
      if (a[i] == '\n') {
        if (i + 1 < b.position() && a[i + 1] == '\n') {
          return i;
        }
        if (i + 2 < b.position() && a[i + 1] == '\r' && a[i + 2] == '\n') {
          return i > 0 && a[i - 1] == '\r' ? i - 1 : i;
        }
      }
    }
    return -1;
  }

  private void dispatch(SocketChannel c, ByteBuffer head, int end) throws IOException {
    InetAddress client = ((InetSocketAddress) c.getRemoteAddress()).getAddress();
    c.configureBlocking(true); // its key is cancelled: a worker writes to it plainly
    try {
      workers.execute(() -> serve(c, head.array(), end, client));
    } catch (RejectedExecutionException e) {
      refuse(c, 503); // every worker busy and the queue full
    }
  }

  private void serve(SocketChannel c, byte[] head, int end, InetAddress client) {
    Answer answer;
    String method = "GET";
    try {
      HttpHead h = HttpHead.parse(head, end, client);
      method = h.method();
      answer = handler.apply(h);
    } catch (HttpHead.Malformed e) {
      answer = refusal.apply(e.status);
    }
    write(c, answer, method.equals("HEAD"));
  }

  /** An answer the server gives without a handler: written at once, or not at all. */
  private void refuse(SocketChannel c, int status) {
    write(c, refusal.apply(status), false);
  }

  private void write(SocketChannel c, Answer a, boolean headOnly) {
    writing.put(c, System.currentTimeMillis() + limits.writeMillis());
    try {
      if (!c.isBlocking()) {
        c.configureBlocking(true);
      }
      byte[] body = a.body();
      StringBuilder h = new StringBuilder("HTTP/1.1 ").append(a.status()).append(' ');
      h.append(reason(a.status())).append("\r\n");
      for (Map.Entry<String, String> e : a.headers().entrySet()) {
        h.append(e.getKey()).append(": ").append(e.getValue()).append("\r\n");
      }
      h.append("Content-Type: ").append(a.type()).append("\r\n");
      h.append("Content-Length: ").append(body.length).append("\r\n");
      h.append("Connection: close\r\n\r\n");
      ByteBuffer out = ByteBuffer.wrap(h.toString().getBytes(StandardCharsets.ISO_8859_1));
      while (out.hasRemaining()) {
        c.write(out);
      }
      if (!headOnly) {
        ByteBuffer b = ByteBuffer.wrap(body);
        while (b.hasRemaining()) {
          c.write(b);
        }
      }
      c.shutdownOutput();
      drain(c);
    } catch (IOException e) {
      // the client went away, or its write deadline closed the connection
    } finally {
      writing.remove(c);
      close(c);
    }
  }

  /**
   * Reads what the client already sent past its head (a body it was told is refused) before the
   * close: closing with unread bytes makes the kernel reset the connection, and a reset can discard
   * the answer before the client reads it.
   */
  private static void drain(SocketChannel c) throws IOException {
    c.configureBlocking(false);
    ByteBuffer sink = ByteBuffer.allocate(4096);
    for (int i = 0; i < 16 && c.read(sink) > 0; i++) {
      sink.clear();
    }
  }

  /** Closes heads past their deadline (408) and writes past theirs. */
  private void expire() {
    long now = System.currentTimeMillis();
    List<SelectionKey> late = new ArrayList<>();
    for (SelectionKey k : selector.keys()) {
      if (k.isValid() && k.attachment() instanceof Pending p && p.deadline < now) {
        late.add(k);
      }
    }
    for (SelectionKey k : late) {
      k.cancel();
      SocketChannel c = (SocketChannel) k.channel();
      try {
        c.write(ByteBuffer.wrap(status(refusal.apply(408))));
      } catch (IOException e) {
        // best effort: the client was not listening
      }
      close(c);
    }
    writing.forEach(
        (c, deadline) -> {
          if (deadline < now) {
            close(c); // the blocked write fails and frees its worker
          }
        });
  }

  /** A short answer as bytes, for a non-blocking write that must not wait. */
  private static byte[] status(Answer a) {
    StringBuilder h = new StringBuilder("HTTP/1.1 ").append(a.status()).append(' ');
    h.append(reason(a.status())).append("\r\n");
    a.headers().forEach((k, v) -> h.append(k).append(": ").append(v).append("\r\n"));
    h.append("Content-Type: ").append(a.type()).append("\r\n");
    h.append("Content-Length: ").append(a.body().length).append("\r\nConnection: close\r\n\r\n");
    byte[] head = h.toString().getBytes(StandardCharsets.ISO_8859_1);
    byte[] all = java.util.Arrays.copyOf(head, head.length + a.body().length);
    System.arraycopy(a.body(), 0, all, head.length, a.body().length);
    return all;
  }

  static String reason(int status) {
    return switch (status) {
      case 200 -> "OK";
      case 400 -> "Bad Request";
      case 404 -> "Not Found";
      case 405 -> "Method Not Allowed";
      case 408 -> "Request Timeout";
      case 413 -> "Content Too Large";
      case 414 -> "URI Too Long";
      case 429 -> "Too Many Requests";
      case 431 -> "Request Header Fields Too Large";
      case 503 -> "Service Unavailable";
      default -> "Internal Server Error";
    };
  }

  private static void close(SocketChannel c) {
    try {
      c.close();
    } catch (IOException e) {
      // closing is all that was left to do
    }
  }

  @Override
  public void close() {
    closed = true;
    selector.wakeup();
    try {
      loop.join(2_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    try {
      for (SelectionKey k : selector.keys()) {
        k.channel().close();
      }
      selector.close();
      listener.close();
    } catch (IOException | ClosedSelectorException e) {
      // stopping anyway
    }
    workers.shutdownNow();
    try {
      workers.awaitTermination(2, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
