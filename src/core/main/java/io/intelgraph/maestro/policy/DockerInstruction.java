package io.intelgraph.maestro.policy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One Dockerfile instruction in conftest's input shape ({@code Cmd}, {@code SubCmd}, {@code JSON},
 * {@code Flags}, {@code Value}, {@code Stage}), so conftest policies read it unchanged.
 *
 * @param cmd lower-cased instruction ("from", "run", ...) or "comment"
 * @param subCmd for ONBUILD, the instruction it wraps; else empty
 * @param json whether the arguments were written in JSON (exec) form
 * @param flags leading flags as written, e.g. {@code --from=builder}
 * @param value the arguments, split as BuildKit's parser splits them for this instruction
 * @param stage index of the build stage (0 before and in the first FROM)
 * @param line 1-based line where the instruction starts (not part of conftest's shape; for reports)
 */
public record DockerInstruction(String cmd, String subCmd, boolean json, List<String> flags, List<String> value, int stage,
        int line) {

    public DockerInstruction {
        flags = List.copyOf(flags);
        value = List.copyOf(value);
    }

    /** conftest's JSON object for this instruction. */
    public Map<String, Object> toInput() {
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("Cmd", cmd);
        input.put("SubCmd", subCmd);
        input.put("JSON", json);
        input.put("Flags", flags.isEmpty() ? null : flags);
        input.put("Value", value.isEmpty() ? null : value);
        input.put("Stage", stage);
        return input;
    }
}
