package io.github.cloudtrailschema.serve;

import java.net.InetAddress;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A token bucket per client address: {@code burst} requests at once, refilled at {@code perSecond}.
 * A page load takes about ten requests and typing in the search box a few per second, so the
 * defaults never bite a person; they stop a runaway script from pinning both cores.
 */
final class RateLimiter {
  private static final int MAX_CLIENTS = 10_000;

  private final double burst;
  private final double perSecond;
  private final Map<InetAddress, double[]> buckets = new ConcurrentHashMap<>();

  RateLimiter(double burst, double perSecond) {
    this.burst = burst;
    this.perSecond = perSecond;
  }

  /** Takes one token for {@code client}; false when its bucket is empty. */
  boolean allow(InetAddress client, long nowNanos) {
    if (buckets.size() > MAX_CLIENTS) {
      buckets.clear(); // bounded memory; forgetting buckets only lets clients in
    }
    double[] b = buckets.computeIfAbsent(client, k -> new double[] {burst, nowNanos});
    synchronized (b) {
      double refill = (nowNanos - b[1]) / 1e9 * perSecond;
      b[0] = Math.min(burst, b[0] + refill);
      b[1] = nowNanos;
      if (b[0] < 1) {
        return false;
      }
      b[0] -= 1;
      return true;
    }
  }
}
