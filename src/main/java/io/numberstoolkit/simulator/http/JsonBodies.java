package io.numberstoolkit.simulator.http;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * How the API and the admin API read a JSON body. The deepest body either takes (an exported
 * state: numbers, a number, its timers, a timer) nests six levels; anything much deeper is refused
 * while it is parsed, before the checks that walk the tree recursively could exhaust a thread's
 * stack (a body nested 900 levels deep once did, as a Jetty HTML 500).
 */
final class JsonBodies {
  static final int MAX_NESTING_DEPTH = 32;

  /** Trailing tokens make a body that is not one JSON document: `{...} trailing`, `{...}{...}`. */
  static final ObjectMapper READER = new ObjectMapper(JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING_DEPTH).build())
      .build())
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private JsonBodies() {}
}
