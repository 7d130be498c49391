package io.intelgraph.maestro.rego;

import com.networknt.schema.ValidationMessage;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * gojsonschema's report of an {@code anyOf} or {@code oneOf} that no branch satisfies: one summary line at the
 * instance it applies to, then only the errors of the branch closest to matching, where the validator underneath
 * lists every branch's errors. gojsonschema scores branches by the checks they pass; here a branch whose very type
 * is wrong comes last, then fewer errors win, then the first branch.
 */
final class SchemaBranches {

    /** The first anyOf/oneOf step of an evaluation path, e.g. {@code $.items.anyOf[1]}. */
    private static final Pattern BRANCH = Pattern.compile("\\.(anyOf|oneOf)\\[(\\d+)]");
    /** An instance path's steps: {@code .name} or {@code [3]}. */
    private static final Pattern INSTANCE_STEP = Pattern.compile("\\.[^.\\[]+|\\[\\d+]");
    /** Evaluation-path steps after a branch that move into the instance (a property, an item). */
    private static final Pattern INTO_INSTANCE = Pattern.compile(
            "\\.properties\\.[^.\\[]+|\\.patternProperties\\.[^.\\[]+|\\.additionalProperties|\\.items(\\[\\d+])?"
                    + "|\\.prefixItems\\[\\d+]|\\.additionalItems|\\.contains");

    private SchemaBranches() {
    }

    /** A line of the report: a validator message, or a summary of a failed anyOf/oneOf at an instance path. */
    sealed interface Line permits Message, Summary {
    }

    record Message(ValidationMessage message) implements Line {
    }

    /** @param keyword "anyOf" or "oneOf" */
    record Summary(String keyword, String instanceLocation) implements Line {
    }

    static List<Line> report(List<ValidationMessage> messages) {
        // Per failed branching (its evaluation path and the instance it applies to): each branch's messages.
        Map<String, Map<Integer, List<ValidationMessage>>> branchings = new LinkedHashMap<>();
        Map<String, Summary> summaries = new LinkedHashMap<>();
        List<Object> order = new ArrayList<>();
        for (ValidationMessage message : messages) {
            String path = message.getEvaluationPath().toString();
            Matcher branch = BRANCH.matcher(path);
            if (message.getType().equals("oneOf") && !path.contains(".oneOf[")) {
                // The validator's own oneOf line becomes the summary of that branching.
                String key = path + "|" + message.getInstanceLocation();
                summaries.computeIfAbsent(key, k -> summary(order, k, "oneOf", message.getInstanceLocation().toString()));
                continue;
            }
            if (!branch.find()) {
                order.add(new Message(message));
                continue;
            }
            String afterBranch = path.substring(branch.end());
            // The failing keyword itself stands at the instance it checks, whatever it is called.
            afterBranch = afterBranch.substring(0, Math.max(0, afterBranch.lastIndexOf('.')));
            String instance = branchInstance(message.getInstanceLocation().toString(), afterBranch);
            String key = path.substring(0, branch.start()) + "." + branch.group(1) + "|" + instance;
            summaries.computeIfAbsent(key, k -> summary(order, k, branch.group(1), instance));
            branchings.computeIfAbsent(key, k -> new LinkedHashMap<>())
                    .computeIfAbsent(Integer.parseInt(branch.group(2)), k -> new ArrayList<>()).add(message);
        }
        List<Line> out = new ArrayList<>();
        for (Object entry : order) {
            if (entry instanceof Message line) {
                out.add(line);
            } else if (entry instanceof String key) {
                out.add(summaries.get(key));
                String instance = summaries.get(key).instanceLocation();
                List<ValidationMessage> closest = null;
                for (List<ValidationMessage> errors : branchings.getOrDefault(key, Map.of()).values()) {
                    if (closest == null || distance(errors, instance) < distance(closest, instance)) {
                        closest = errors;
                    }
                }
                if (closest != null) {
                    closest.forEach(m -> out.add(new Message(m)));
                }
            }
        }
        return out;
    }

    /** How far a branch is from matching: a wrong type at the branch's own instance first, then the errors' count. */
    private static long distance(List<ValidationMessage> errors, String instance) {
        boolean wrongType = errors.stream().anyMatch(m -> m.getType().equals("type")
                && m.getInstanceLocation().toString().equals(instance));
        return (wrongType ? 1_000_000L : 0L) + errors.size();
    }

    private static Summary summary(List<Object> order, String key, String keyword, String instance) {
        order.add(key);
        return new Summary(keyword, instance);
    }

    /** The instance the branching applies to: the message's instance less the steps the branch took into it. */
    private static String branchInstance(String instance, String afterBranch) {
        int into = 0;
        for (Matcher m = INTO_INSTANCE.matcher(afterBranch); m.find(); ) {
            into++;
        }
        List<int[]> steps = new ArrayList<>();
        for (Matcher m = INSTANCE_STEP.matcher(instance); m.find(); ) {
            steps.add(new int[] {m.start(), m.end()});
        }
        int keep = Math.max(0, steps.size() - into);
        return keep == 0 ? "$" : instance.substring(0, steps.get(keep - 1)[1]);
    }
}
