package io.herald.server;

/**
 * Where the server listens.
 *
 * @param host the interface to bind, e.g. {@code 127.0.0.1} (loopback only) or {@code 0.0.0.0}
 * @param port the TCP port, 0 for any free one
 */
public record ServerConfig(String host, int port) {
  /** The default port of {@code herald serve}. */
  public static final int DEFAULT_PORT = 7070;

  /** The default host: loopback, so the API is not reachable from other machines. */
  public static final String DEFAULT_HOST = "127.0.0.1";

  /**
   * @throws IllegalArgumentException when the host is blank or the port outside 0..65535
   */
  public ServerConfig {
    if (host == null || host.isBlank()) {
      throw new IllegalArgumentException("server host is blank");
    }
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException("server port must be 0..65535, got " + port);
    }
  }

  /** Loopback on the default port. */
  public static ServerConfig defaults() {
    return new ServerConfig(DEFAULT_HOST, DEFAULT_PORT);
  }
}
