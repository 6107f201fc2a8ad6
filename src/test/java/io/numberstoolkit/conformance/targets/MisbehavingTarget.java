package io.numberstoolkit.conformance.targets;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A target that misbehaves at the level of TCP and HTTP: a plain server socket on 127.0.0.1 (a
 * free port) whose every connection gets one {@link Behaviour}: never answer, close, reset,
 * answer HTML or garbage, answer slowly. Optionally the reachability probe ({@code GET
 * /numbers.json}) is answered properly, so the run gets past its pre-check to the misbehaviour.
 *
 * <p>Bounded: at most {@value #CONNECTIONS} connections are served at once (more wait to be
 * accepted), a handler waits at most {@value #LONGEST_MS} ms for a request, and {@link #close()}
 * closes every socket and stops every thread, a silent one included.
 */
public final class MisbehavingTarget implements AutoCloseable {
  private static final int CONNECTIONS = 8;
  private static final int LONGEST_MS = 30_000;

  /** What the target does with one request on one connection. */
  @FunctionalInterface
  public interface Behaviour {
    void answer(Request request, Socket socket, OutputStream out) throws IOException, InterruptedException;
  }

  /** The request line of what the suite sent. */
  public record Request(String method, String path) {
    boolean isProbe() {
      return method.equals("GET") && path.equals("/numbers.json");
    }
  }

  private final ServerSocket server;
  private final Behaviour behaviour;
  private final boolean answerProbe;
  private final ExecutorService handlers = Executors.newFixedThreadPool(CONNECTIONS, daemon("misbehaving-target"));
  private final Set<Socket> open = ConcurrentHashMap.newKeySet();
  private final AtomicInteger requests = new AtomicInteger();

  private MisbehavingTarget(Behaviour behaviour, boolean answerProbe) throws IOException {
    this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    this.behaviour = behaviour;
    this.answerProbe = answerProbe;
    Thread acceptor = daemon("misbehaving-target-accept").newThread(this::accept);
    acceptor.start();
  }

  /** Misbehaves on every request, the reachability probe included. */
  public static MisbehavingTarget everywhere(Behaviour behaviour) throws IOException {
    return new MisbehavingTarget(behaviour, false);
  }

  /** Answers the probe {@code GET /numbers.json} with an empty list; misbehaves on the rest. */
  public static MisbehavingTarget pastTheProbe(Behaviour behaviour) throws IOException {
    return new MisbehavingTarget(behaviour, true);
  }

  public String baseUrl() {
    return "http://127.0.0.1:" + server.getLocalPort();
  }

  /** How many requests came in (a misbehaviour that closes before reading still counts). */
  public int requests() {
    return requests.get();
  }

  @Override
  public void close() throws IOException, InterruptedException {
    server.close();
    for (Socket socket : open) {
      socket.close();
    }
    handlers.shutdownNow();
    if (!handlers.awaitTermination(5, TimeUnit.SECONDS)) {
      throw new IllegalStateException("a misbehaving target's handler did not stop");
    }
  }

  private void accept() {
    while (!server.isClosed()) {
      try {
        Socket socket = server.accept();
        open.add(socket);
        handlers.execute(() -> handle(socket));
      } catch (IOException | java.util.concurrent.RejectedExecutionException e) {
        return; // closed
      }
    }
  }

  private void handle(Socket socket) {
    try (socket) {
      socket.setSoTimeout(LONGEST_MS);
      Request request = readRequest(socket.getInputStream());
      requests.incrementAndGet();
      OutputStream out = socket.getOutputStream();
      if (answerProbe && request.isProbe()) {
        Misbehaviour.json("[]").answer(request, socket, out);
      } else {
        behaviour.answer(request, socket, out);
      }
      out.flush();
    } catch (IOException | InterruptedException e) {
      // the suite gave up on the connection, or the target is closing: both expected here
    } finally {
      open.remove(socket);
    }
  }

  /** Reads the request head and any Content-Length body, so the client is never left writing. */
  private static Request readRequest(InputStream in) throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    int matched = 0;
    byte[] end = {'\r', '\n', '\r', '\n'};
    while (matched < end.length) {
      int b = in.read();
      if (b < 0) {
        throw new SocketException("the client closed before the request was complete");
      }
      head.write(b);
      matched = b == end[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
    }
    String[] lines = head.toString(StandardCharsets.ISO_8859_1).split("\r\n");
    String[] requestLine = lines[0].split(" ");
    long length = 0;
    for (String line : lines) {
      if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
        length = Long.parseLong(line.substring(line.indexOf(':') + 1).strip());
      }
    }
    in.skipNBytes(length);
    String path = requestLine.length > 1 ? requestLine[1].replaceFirst("\\?.*$", "") : "";
    return new Request(requestLine[0], path);
  }

  private static java.util.concurrent.ThreadFactory daemon(String name) {
    return task -> {
      Thread thread = new Thread(task, name);
      thread.setDaemon(true);
      return thread;
    };
  }

  /** The misbehaviours, and the few proper answers they are built from. */
  public static final class Misbehaviour {
    private Misbehaviour() {}

    /** A proper answer: status line, Content-Type, Content-Length, the body, and the connection closed. */
    public static Behaviour answer(int status, String contentType, byte[] body) {
      return (request, socket, out) -> {
        out.write(head(status, contentType, body.length));
        out.write(body);
      };
    }

    public static Behaviour json(String body) {
      return answer(200, "application/json", body.getBytes(StandardCharsets.UTF_8));
    }

    /** Accepts the request and never says a word (until the target is closed). */
    public static Behaviour silence() {
      return (request, socket, out) -> Thread.sleep(TimeUnit.MINUTES.toMillis(10));
    }

    /** Closes the connection as soon as the request is read. */
    public static Behaviour closeAtOnce() {
      return (request, socket, out) -> socket.close();
    }

    /** Resets the connection (TCP RST) as soon as the request is read. */
    public static Behaviour resetAtOnce() {
      return (request, socket, out) -> {
        socket.setSoLinger(true, 0);
        socket.close();
      };
    }

    /** 200 with a web page, whatever was asked: a misrouted base URL, a login page, a proxy's error. */
    public static Behaviour htmlPage() {
      return answer(200, "text/html; charset=utf-8", ("<!DOCTYPE html>\n<html><head><title>Welcome</title></head>"
          + "<body><h1>It works!</h1></body></html>\n").getBytes(StandardCharsets.UTF_8));
    }

    /** 200 "application/json" with 512 random bytes (seeded: every run sends the same). */
    public static Behaviour randomBytes() {
      byte[] body = new byte[512];
      new Random(5).nextBytes(body);
      return answer(200, "application/json", body);
    }

    /** 200 with JSON cut off in the middle of a field name. */
    public static Behaviour truncatedJson() {
      return json("{\"number\": {\"id\": 5, \"phone_n");
    }

    /** 200 with a JSON list that says it is text/plain. */
    public static Behaviour wrongContentType() {
      return answer(200, "text/plain", "[]".getBytes(StandardCharsets.UTF_8));
    }

    /** Announces a 100-byte body, sends 20 bytes of it, and closes. */
    public static Behaviour shortBody() {
      return (request, socket, out) -> {
        out.write(head(200, "application/json", 100));
        out.write("[{\"number\": {\"id\": 5".getBytes(StandardCharsets.US_ASCII));
      };
    }

    /** Answers with something that is not HTTP at all (another protocol's greeting) and closes. */
    public static Behaviour notHttp() {
      return (request, socket, out) -> out.write("SSH-2.0-OpenSSH_9.6\r\n".getBytes(StandardCharsets.US_ASCII));
    }

    /** Waits, then behaves as {@code then}. */
    public static Behaviour after(long millis, Behaviour then) {
      return (request, socket, out) -> {
        Thread.sleep(millis);
        then.answer(request, socket, out);
      };
    }

    /**
     * Sends a proper 200 head and then a long JSON body one byte every {@code intervalMillis}: every
     * single read is quick, the whole answer takes minutes.
     */
    public static Behaviour dribble(long intervalMillis) {
      return (request, socket, out) -> {
        byte[] body = ("[" + "{\"number\": {\"id\": 5}},".repeat(1000) + "{\"number\": {\"id\": 6}}]")
            .getBytes(StandardCharsets.US_ASCII);
        out.write(head(200, "application/json", body.length));
        out.flush();
        for (byte b : body) {
          out.write(b);
          out.flush();
          Thread.sleep(intervalMillis);
        }
      };
    }

    private static byte[] head(int status, String contentType, long length) {
      return ("HTTP/1.1 " + status + " " + reason(status) + "\r\nContent-Type: " + contentType
          + "\r\nContent-Length: " + length + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
    }

    private static String reason(int status) {
      return status == 200 ? "OK" : "Status";
    }
  }
}
