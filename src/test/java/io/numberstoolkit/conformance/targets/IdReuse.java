package io.numberstoolkit.conformance.targets;

import io.numberstoolkit.conformance.targets.RewritingProxy.Forward;
import io.numberstoolkit.conformance.targets.RewritingProxy.Reply;
import io.numberstoolkit.conformance.targets.RewritingProxy.Upstream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hands a deleted number's id to the next number created: the client sees the old id, the
 * simulator keeps its own, and every path and answer is translated between the two. No document
 * forbids it: it breaks only our choice, which the {@code @convention} scenario "A deleted number's
 * id is not handed out again" asserts (and the state oracle, in {@code @convention} scenarios only).
 * Keeps state: one instance per run.
 */
public final class IdReuse implements RewritingProxy.Rewrite {
  private static final Pattern MEMBER = Pattern.compile("/numbers/([0-9]+)\\.(json|xml)");

  private final Deque<Long> freed = new ArrayDeque<>();
  private final Map<Long, Long> realByShown = new HashMap<>();
  private final Map<Long, Long> shownByReal = new HashMap<>();

  @Override
  public synchronized Reply handle(Forward request, Upstream upstream) {
    Matcher member = MEMBER.matcher(request.path());
    Forward forwarded = request;
    long shown = -1;
    if (member.matches()) {
      shown = Long.parseLong(member.group(1));
      long real = realByShown.getOrDefault(shown, shown);
      forwarded = new Forward(request.method(), "/numbers/" + real + "." + member.group(2), request.query(),
          request.contentType(), request.body());
    }
    Reply reply = upstream.send(forwarded);
    if (request.method().equals("DELETE") && shown >= 0 && reply.status() < 300) {
      freed.add(shown);
    }
    if (request.method().equals("POST") && reply.status() < 300 && !freed.isEmpty()) {
      long real = Bodies.read(reply).path("number").path("id").asLong();
      long reused = freed.poll();
      realByShown.put(reused, real);
      shownByReal.put(real, reused);
    }
    return Bodies.eachNumber(reply, number -> {
      Long alias = shownByReal.get(number.path("id").asLong());
      if (alias != null) {
        number.put("id", alias);
      }
    });
  }
}
