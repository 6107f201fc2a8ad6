package io.numberstoolkit.contract;

import com.networknt.schema.ValidationMessage;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Makes failed {@code oneOf}s readable. When a value matches none of a oneOf's shapes, the validator
 * reports "0 are valid" plus every error of every shape: for a text-to-speech greeting with a bad
 * voice_gender, that is one useful enum error buried under the audio-file shape's missing fields.
 * This keeps only the errors of the closest shape (fewest errors, then the deepest ones), which
 * already say why the oneOf failed.
 */
final class OneOfBranchSelector {

  private static final String ONE_OF = "oneOf";

  private OneOfBranchSelector() {}

  static List<ValidationMessage> select(Collection<ValidationMessage> messages) {
    List<ValidationMessage> kept = new ArrayList<>(messages);
    List<ValidationMessage> oneOfs =
        kept.stream()
            .filter(message -> ONE_OF.equals(message.getType()))
            // Nested oneOfs first, so an outer one counts its branches' errors after pruning.
            .sorted(Comparator.comparingInt((ValidationMessage m) -> evaluationPath(m).length()).reversed())
            .toList();
    for (ValidationMessage oneOf : oneOfs) {
      pruneBranches(oneOf, kept);
    }
    return kept;
  }

  private static void pruneBranches(ValidationMessage oneOf, List<ValidationMessage> kept) {
    String branchPrefix = evaluationPath(oneOf) + "/";
    Map<Integer, List<ValidationMessage>> byBranch = new TreeMap<>();
    for (ValidationMessage message : kept) {
      String path = evaluationPath(message);
      if (path.startsWith(branchPrefix)) {
        byBranch.computeIfAbsent(branchIndex(path, branchPrefix), i -> new ArrayList<>()).add(message);
      }
    }
    if (byBranch.isEmpty()) {
      return; // nothing more specific to say: keep the oneOf message itself
    }
    byBranch.values().forEach(kept::removeAll);
    if (matchedNoBranch(oneOf)) {
      kept.remove(oneOf);
      kept.addAll(closest(byBranch.values()));
    }
    // Several shapes matched: the failing shapes' errors are beside the point, the oneOf message stays.
  }

  private static List<ValidationMessage> closest(Collection<List<ValidationMessage>> branches) {
    return branches.stream()
        .min(Comparator.<List<ValidationMessage>>comparingInt(List::size)
            .thenComparing(Comparator.comparingInt(OneOfBranchSelector::deepest).reversed()))
        .orElseThrow();
  }

  private static int deepest(List<ValidationMessage> branch) {
    return branch.stream().mapToInt(m -> m.getInstanceLocation().getNameCount()).max().orElse(0);
  }

  private static boolean matchedNoBranch(ValidationMessage oneOf) {
    Object[] arguments = oneOf.getArguments();
    return arguments != null && arguments.length > 0 && "0".equals(String.valueOf(arguments[0]));
  }

  private static int branchIndex(String path, String branchPrefix) {
    String rest = path.substring(branchPrefix.length());
    int slash = rest.indexOf('/');
    String index = slash < 0 ? rest : rest.substring(0, slash);
    try {
      return Integer.parseInt(index);
    } catch (NumberFormatException e) {
      return Integer.MAX_VALUE;
    }
  }

  private static String evaluationPath(ValidationMessage message) {
    return message.getEvaluationPath().toString();
  }
}
